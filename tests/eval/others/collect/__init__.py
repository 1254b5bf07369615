"""Scripts that pick spaceflight-history questions out of public question collections."""
