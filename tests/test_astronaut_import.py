"""The Astronaut database importer, on a few rows written here (the real CSV is not committed)."""

from __future__ import annotations

from pathlib import Path

import yaml

from askspace.knowledge import load_knowledge
from tests.importers import astronauts
from tests.importers.names import clock, forms, native, slug

HEADER = ("id,number,nationwide_number,name,original_name,sex,year_of_birth,nationality,military_civilian,"
          "selection,year_of_selection,mission_number,total_number_of_missions,occupation,year_of_mission,"
          "mission_title,ascend_shuttle,in_orbit,descend_shuttle,hours_mission,total_hrs_sum,field21,"
          "eva_hrs_mission,total_eva_hrs\n")
ROWS = """\
24,15,11,"Leonov, Aleksei",ЛЕОНОВ Алексей Архипович,male,1934,U.S.S.R/Russia,military,TsPK-1,1960,1,2,pilot,1965,Voskhod 2,Voskhod 2,Voskhod 2,Voskhod 2,26.03,168.53,1,0.73,0.73
25,15,11,"Leonov, Aleksei",ЛЕОНОВ Алексей Архипович,male,1934,U.S.S.R/Russia,military,TsPK-2,1960,2,2,commander,1975,Soyuz 19,Soyuz 19,Soyuz 19/Apollo,Soyuz 19,142,168.53,0,0,0.73
451,210,66,"Krikalev, Sergei",Сергей Константинович Крикалёв,male,1958,U.S.S.R/Russia,civilian,NPOE-9,1985,1,2,flight engineer,1988,4,Soyuz TM7,Mir,Soyuz TM7,3635,3834,0,0,0
452,210,66,"Krikalev, Sergei",Сергей Константинович Крикалёв,male,1958,U.S.S.R/Russia,civilian,NPOE-9,1985,2,2,MSP,1994,STS60,STS60,STS60,STS60,199,3834,0,0,0
1270,559,344,"Hague, Tyler","Hague, Tyler",male,1975,U.S.,military,NASA-21,2013,1,2,flight engineer,2018,57,Soyuz MS-10,aborted,aborted,0,4864,3,19.93,19.93
1271,559,433,"Hague, Tyler","Hague, Tyler",male,1975,U.S.,military,NASA-21,2013,2,2,flight engineer,2019,59,Soyuz MS-12,ISS,Soyuz MS-12,4864,4864,3,19.93,19.93
947,385,90,"Baturin, Yuri",Юрий Михайлович Батурин,male,1949,U.S.S.R/Russia,civilian,1997,1997,1,2,MSP,1998,26,Soyuz TM28,Mir,Soyuz TM27,283,473.75,0,0,0
948,385,90,"Duque, Pedro","Duque, Pedro Francisco",male,1963,Spain,civilian,ESA-2,1992,1,2,MSP,1998,STS-95,STS-95,STS-95,STS-95,213,450,0,0,0
"""


def _import(tmp_path: Path) -> dict[str, dict[str, object]]:
    csv_path = tmp_path / "astronauts.csv"
    csv_path.write_text(HEADER + ROWS, encoding="utf-8")
    astronauts.write(astronauts.group(astronauts.read_rows(csv_path)), tmp_path / "knowledge" / "people")
    entries = {}
    for path in sorted((tmp_path / "knowledge" / "people").glob("*.yaml")):
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))["people"]:
            entries[e["id"]] = e
    return entries


def test_names_ids_and_durations() -> None:
    assert forms("Glenn, John H., Jr.", "usa") == ("John Glenn", "John H. Glenn Jr.")
    assert forms("Carpenter, M. Scott", "usa") == ("Scott Carpenter", "M. Scott Carpenter")
    assert forms("Yang, Liwei", "china") == ("Yang Liwei", "Yang Liwei")
    assert forms("Duke, Jr. Charles Moss", "usa") == ("Charles Duke", "Charles Moss Duke Jr.")
    assert native("ГАГАРИН Юрий Алексеевич", "Yuri Gagarin") == "Гагарин Юрий Алексеевич"
    assert native("NA", "Achmed Faris") is None
    assert slug("Jean-Loup Chrétien") == "jean-loup-chretien"
    assert (clock(1.77), clock(4863.75), clock(0)) == ("1h 46m", "202d 15h 45m", "0m")


def test_rows_become_people_with_corrections(tmp_path: Path) -> None:
    people = _import(tmp_path)
    assert sorted(people) == ["alexei-leonov", "nick-hague", "pedro-duque", "sergei-krikalev", "yuri-baturin"]
    leonov = people["alexei-leonov"]
    assert leonov["name"] == "Alexei Leonov"  # the corrections' spelling; the database's is an alias
    assert "Aleksei Leonov" in leonov["aliases"] and "Леонов Алексей Архипович" in leonov["aliases"]
    assert (leonov["born"], leonov["died"], leonov["eva_time"]) == ("1934-05-30", "2019-10-11", "12m")
    assert (leonov["flights"], leonov["spacewalks"], leonov["nationalities"]) == (2, 1, ["ussr"])
    assert leonov["sources"][0]["title"] == "Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0)"
    assert leonov["sources"][1]["url"] == "https://en.wikipedia.org/wiki/Alexei_Leonov"
    assert people["sergei-krikalev"]["nationalities"] == ["ussr", "russia"]  # 1988 and 1994


def test_a_launch_that_did_not_reach_space_is_not_a_flight(tmp_path: Path) -> None:
    hague = _import(tmp_path)["nick-hague"]
    assert (hague["flights"], hague["spacewalks"], hague["eva_time"]) == (1, 3, "19h 56m")
    assert any("Soyuz MS-10" in note for note in hague["notes"])


def test_two_people_sharing_a_number_stay_apart(tmp_path: Path) -> None:
    people = _import(tmp_path)
    assert (people["yuri-baturin"]["born"], people["pedro-duque"]["born"]) == (1949, 1963)


def test_the_output_loads(tmp_path: Path, small_data: Path) -> None:
    _import(small_data)
    states = small_data / "knowledge" / "states.yaml"
    states.write_text(states.read_text(encoding="utf-8") + "".join(
        f"  - {{id: {s}, name: {s}, short: {s}, adjective: {s}, kind: state}}\n" for s in ("russia", "spain")),
        encoding="utf-8")
    kb = load_knowledge(small_data / "knowledge")
    assert kb.people["alexei-leonov"].eva_time == 12
    assert kb.people["nick-hague"].time_in_space == 4864 * 60


def test_each_launch_is_a_flight_with_vehicles_station_and_role(tmp_path: Path) -> None:
    people = _import(tmp_path)
    assert people["sergei-krikalev"]["flown"] == [
        {"name": "Soyuz TM-7", "title": "Mir EO-4", "station": "Mir", "year": 1988, "role": "flight engineer"},
        {"name": "STS-60", "year": 1994, "role": "mission specialist"}]
    assert people["alexei-leonov"]["flown"][1] == {"name": "Soyuz 19", "year": 1975, "role": "commander"}
    hague = people["nick-hague"]["flown"]  # the aborted launch is listed, and not counted as a flight
    assert hague[0] == {"name": "Soyuz MS-10", "year": 2018, "role": "flight engineer", "reached_space": False}
    assert hague[1]["title"] == "Expedition 59" and people["nick-hague"]["flights"] == 1
    assert people["yuri-baturin"]["flown"] == [  # his repeated row once; the descent craft when another one
        {"name": "Soyuz TM-28", "title": "Mir EO-26", "station": "Mir", "down": "Soyuz TM-27", "year": 1998,
         "role": "mission specialist"}]


def test_a_correction_adds_the_flight_the_database_lacks(tmp_path: Path) -> None:
    csv_path = tmp_path / "astronauts.csv"
    csv_path.write_text(HEADER + '26,16,5,"Grissom, Virgil I.","Grissom, Virgil I.",male,1926,U.S.,military,'
                        "NASA Astronaut Group 2,1959,1,1,commander,1965,Gemini 3,Gemini 3,Gemini 3,Gemini 3,4.86,4.86,"
                        "0,0,0\n", encoding="utf-8")
    (grissom,) = [astronauts.entry(p) for p in astronauts.group(astronauts.read_rows(csv_path))]
    assert [f["name"] for f in grissom["flown"]] == ["Liberty Bell 7", "Gemini 3"]
    assert grissom["flights"] == 2


def test_vehicle_spellings() -> None:
    from tests.importers.flights import vehicle

    assert vehicle("STS\u00ad111") == "STS-111" and vehicle("Soyuz TMA\u00ad05M") == "Soyuz TMA-05M"


def test_a_year_the_rest_of_the_crew_contradicts_is_corrected(tmp_path: Path) -> None:
    rows = "".join(f'{i},{i},1,"Crew, Member{i}","Crew, Member{i}",male,1960,U.S.,civilian,G,1990,1,1,MSP,'
                   f"{year},STS-61-B,STS-61-B,STS-61-B,STS-61-B,165,165,0,0,0\n"
                   for i, year in ((1, 1985), (2, 1985), (3, 1989)))
    csv_path = tmp_path / "astronauts.csv"
    csv_path.write_text(HEADER + rows, encoding="utf-8")
    people = astronauts.group(astronauts.read_rows(csv_path))
    years = astronauts.crew_years(people)
    third = astronauts.entry(people[2], years)
    assert years == {"STS-61-B": 1985} and third["flown"][0]["year"] == 1985
    assert "STS-61-B: year 1985, as the other crew members' rows give it (this person's row says 1989)." \
        in third["notes"]
