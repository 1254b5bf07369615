"""Development tools that generate knowledge files from public data sets (not used at run time)."""
