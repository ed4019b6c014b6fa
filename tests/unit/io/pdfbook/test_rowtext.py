"""Reading one row's words: navapp's layout exactly, other tools' by what the numbers look like."""

from __future__ import annotations

from navapp.core.model import WaypointType
from navapp.io.pdfbook.rowtext import read_row, row_text
from navapp.io.pdfbook.textlayer import Word


def word(text: str, left: float, top: float, size: float = 8.5) -> Word:
    return Word(text, left, top, left + 0.6 * size * len(text), top + size, size)


def navapp_row(*extra: Word, label: tuple[str, ...] = ("WPM", "3")) -> list[Word]:
    """A row as navapp prints it (sizes and places from an A5 print)."""
    words = [word("7", 34.0, 57.8, 7.5)]
    x = 125.0 - 8 * len(" ".join(label))
    for part in label:
        words.append(word(part, x, 57.2))
        x += 0.6 * 8.5 * len(part) + 4
    words += [
        word("17.64", 72.5, 77.4, 16.9),
        word("2.12", 100.0, 108.2, 9.2),
        word("C.146", 344.5, 57.3, 12.3),
        word("Bear", 296.0, 76.0),
        word("right", 320.0, 76.0),
        word("CAP", 296.0, 89.0),
        word("090", 320.0, 89.0),
        *extra,
    ]
    return words


def test_navapp_row_is_read_exactly() -> None:
    r = read_row(navapp_row(), navapp=True)
    assert (r.total, r.partial, r.cap, r.danger, r.reset) == (17.64, 2.12, 146, None, None)
    assert r.label == "WPM 3"
    assert [(w.type, w.name) for w in r.waypoints] == [(WaypointType.WPM, "3")]
    assert r.distance_x == (72.5, 72.5 + 0.6 * 16.9 * 5)


def test_navapp_cap_is_only_the_printed_cap_not_a_cap_in_the_notes() -> None:
    words = [w for w in navapp_row() if w.text != "C.146"]
    assert read_row(words, navapp=True).cap is None
    assert read_row(words, navapp=False).cap == 90


def test_a_reset_badge_is_not_the_partial() -> None:
    badge = [word("RESET", 40.0, 110.0, 6.0), word("0.00", 62.0, 110.0, 6.0)]
    r = read_row(navapp_row(*badge), navapp=True)
    assert (r.total, r.partial, r.reset) == (17.64, 2.12, 0.0)


def test_danger_marks_are_counted() -> None:
    marks = [word("!", 245.0, 57.0, 12.6), word("!", 252.8, 57.0, 12.6)]
    assert read_row(navapp_row(*marks), navapp=True).danger == 2
    assert read_row(navapp_row(word("!!!!", 245.0, 57.0, 12.6)), navapp=True).danger == 3


def test_a_speed_zone_label_gives_the_limit() -> None:
    r = read_row(navapp_row(label=("DZ", "50")), navapp=True)
    assert [(w.type, w.name) for w in r.waypoints] == [(WaypointType.DZ, "")]
    assert r.speed_limit == 50.0


def test_several_labels_and_one_cut_short() -> None:
    r = read_row(navapp_row(label=("WPC", "6,", "CP", "2,", "FZ")), navapp=True)
    assert [(w.type, w.name) for w in r.waypoints] == [
        (WaypointType.WPC, "6"),
        (WaypointType.CP, "2"),
        (WaypointType.FZ, ""),
    ]
    cut = read_row(navapp_row(label=("WPE,", "DS\u2026")), navapp=True)
    assert [w.type for w in cut.waypoints] == [WaypointType.WPE]


def test_another_tools_row_big_total_small_partial_cap_in_degrees() -> None:
    # Rally Navigator style: the partial over the total, the CAP as 123° by the tulip.
    words = [
        word("0.45", 40.0, 20.0, 8.0),
        word("12,34", 30.0, 32.0, 18.0),
        word("245°", 150.0, 20.0, 11.0),
        word("WPV", 200.0, 40.0),
        word("2", 219.0, 40.0),
        word("keep", 200.0, 55.0),
        word("left", 230.0, 55.0),
    ]
    r = read_row(words, navapp=False)
    assert (r.total, r.partial, r.cap) == (12.34, 0.45, 245)
    assert [(w.type, w.name) for w in r.waypoints] == [(WaypointType.WPV, "2")]
    assert r.label == "WPV 2"


def test_another_tools_cap_written_cap() -> None:
    words = [
        word("3.10", 30.0, 30.0, 16.0),
        word("CAP", 150.0, 20.0, 12.0),
        word("87", 175.0, 20.0, 12.0),
    ]
    r = read_row(words, navapp=False)
    assert (r.total, r.partial, r.cap) == (3.10, None, 87)


def test_a_row_without_numbers_has_no_total() -> None:
    r = read_row([word("Bivouac", 30.0, 30.0), word("ahead", 80.0, 30.0)], navapp=False)
    assert (r.total, r.partial, r.cap, r.waypoints) == (None, None, None, ())
    assert r.text == "Bivouac ahead"
    assert read_row([], navapp=False).text == ""


def test_row_text_is_read_line_by_line() -> None:
    words = [word("b", 50.0, 10.0), word("a", 10.0, 10.5), word("c", 10.0, 30.0)]
    assert row_text(words) == "a b\nc"


def test_another_tools_cap_is_judged_by_its_own_size_not_its_line() -> None:
    # "CAP 120" in the notes shares a line with the big total; the printed C.265 is bigger.
    words = [
        word("13.15", 60.0, 40.0, 16.9),
        word("Piste", 290.0, 42.0),
        word("CAP", 320.0, 42.0),
        word("120", 345.0, 42.0),
        word("C.265", 344.0, 20.0, 12.3),
    ]
    assert read_row(words, navapp=False).cap == 265


def test_total_and_partial_side_by_side_with_the_distance_left_on_the_right() -> None:
    # Rally Navigator: TOTAL | PARTIAL cells, as large, and the distance left to the end of
    # the section in the last cell; a section length in the tulip cell as large too.
    words = [
        word("37,69", 28.0, 429.0, 13.5),
        word("34,84", 67.0, 429.0, 13.5),
        word("0,00", 210.0, 467.0, 13.5),
        word("FINISH", 292.0, 402.0, 11.3),
        word("30,49", 370.0, 431.0, 10.6),
    ]
    r = read_row(words, navapp=False)
    assert (r.total, r.partial) == (37.69, 34.84)
    assert r.distance_x == (28.0, 28.0 + 0.6 * 13.5 * 5)
