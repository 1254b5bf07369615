"""Honest abstention: words that nothing explains are named, and the question is not answered."""

from __future__ import annotations

import json

from askspace.bot import Bot
from tests.test_cli import run

NOT_EXPLAINED = ("Sorry, I do not know how to answer that: I did not understand \"loudly\", \"transmit\" in it, "
                 "and I will not guess. Try asking in other words, or ask /help for examples.")


def test_an_unexplained_word_exits_1_and_is_named() -> None:
    proc = run("How loudly did Venera 7 transmit from the surface?")
    assert (proc.returncode, proc.stdout.decode(), proc.stderr) == (1, NOT_EXPLAINED + "\n", b"")


def test_why_and_json_show_the_unexplained_words() -> None:
    why = run("--why", "How loudly did Venera 7 transmit from the surface?").stdout.decode()
    assert why.endswith('  entities: mission venera-7 <- "venera 7"\n'
                        '  not understood or left out: "loudly", "transmit"\n')
    data = json.loads(run("--json", "How loudly did Venera 7 transmit from the surface?").stdout)
    assert (data["understood"], data["parts"][0]["unexplained"]) == (False, ["loudly", "transmit"])


def test_fillers_names_and_the_missions_own_records_explain_words(bot: Bot) -> None:
    session = bot.session()
    assert session.ask("quick one, unrelated: when did Venera 7 land?").understood
    answer = session.ask("Did Philae's harpoons work?")  # "harpoons" is in Philae's own records
    assert answer.understood and answer.traces[0].unexplained == ()


def test_a_ranked_question_shows_its_frame_in_why_and_json() -> None:
    why = run("--why", "What was the third country to land on the Moon?").stdout.decode()
    assert why.splitlines()[-3:] == [
        "  intent: frame (score 1.00)",
        "  entities: body moon <- \"the moon\"",
        "  frame: answer state, relation ['land'], body moon, rank {'nth': 3, 'last': False, 'by': 'date'}"]
    data = json.loads(run("--json", "Which country launched the most Moon missions?").stdout)
    assert data["parts"][0]["frame"] == {"answer": "state", "relation": ["launch"], "body": "moon", "states": [],
                                         "crewed": None, "rank": {"nth": 1, "last": False, "by": "count"},
                                         "counted": "mission"}


def test_a_program_named_only_after_before_is_asked_back(bot: Bot) -> None:
    answer = bot.session().ask("has it flown before the gaganyaan program")
    assert (answer.text, answer.clarify) == (
        "Which program do you mean? Name it, for example \"Gaganyaan\" or \"Shenzhou\".", True)


def test_compare_without_two_names_asks_back_and_exits_1() -> None:
    proc = run("which came first?")
    assert (proc.returncode, proc.stdout.decode()) == (
        1, "Name the two missions or countries to compare, for example \"Which came first, Luna 9 or Surveyor 1?\"\n")


def test_a_verdict_is_no_answer_to_how_much_and_a_stray_yes_is_dropped(bot: Bot) -> None:
    from askspace import takeback
    from askspace.handlers import Reply

    intent = next(i for i in bot.intents if i.id == "did_mission")
    read = bot.reader.read("how much did Luna 16 bring back")
    verdict = Reply(["Yes: Luna 16 returned samples from the Moon on 24 September 1970[1]."], facts=["luna-16"])
    assert takeback.review(bot.explainers, read, intent, verdict, ["luna-16"]) == takeback.TakenBack(
        'Sorry, I do not know how to answer that: you asked "how much", and my records only let me answer yes or '
        "no. Try asking in other words, or ask /help for examples.", ())
    read = bot.reader.read("what did Luna 16 do")
    reply = Reply(["Yes: Luna 16 was a success[1]."], facts=["luna-16"])
    assert takeback.review(bot.explainers, read, intent, reply, ["luna-16"]) is None
    assert reply.lines == ["Luna 16 was a success[1]."]
