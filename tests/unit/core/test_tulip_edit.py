"""Tulip edits as pure functions, without Qt."""

from __future__ import annotations

import pytest

from navapp.core import tulip_edit as te
from navapp.core.tulip import (
    MAX_ITEMS,
    MAX_LENGTH,
    MIN_LENGTH,
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    TulipText,
)


def rich() -> Tulip:
    """A right turn, a small track left, danger2 top left, a text at the bottom."""
    return Tulip(
        RoadType.TRACK,
        Road(90.0, RoadType.TRACK),
        (Road(-90.0, RoadType.SMALL_TRACK),),
        (PlacedSymbol("danger2", 17.0, 17.0, 1.3),),
        (TulipText("Piste", 22.0, 96.0, 10.0),),
    )


def test_snap_rounds_to_five_degrees_and_folds() -> None:
    assert te.snap(47.4, free=False) == 45.0
    assert te.snap(47.4, free=True) == pytest.approx(47.4)
    assert te.snap(-180.0, free=False) == 180.0
    assert te.snap(-178.0, free=False) == 180.0


def test_items_in_selection_order() -> None:
    assert te.items(rich()) == [("exit", 0), ("entry", 0), ("other", 0), ("symbol", 0), ("text", 0)]


def test_road_of_names_roads_only() -> None:
    t = rich()
    assert te.road_of(t, ("exit", 0)) == Road(90.0)
    assert te.road_of(t, ("entry", 0)) is RoadType.TRACK
    assert te.road_of(t, ("other", 0)) == Road(-90.0, RoadType.SMALL_TRACK)
    assert te.road_of(t, ("symbol", 0)) is None
    assert te.road_of(t, ("other", 5)) is None
    assert te.road_of(t, None) is None


def test_road_type_changes_one_road_and_keeps_the_rest() -> None:
    t = rich()
    out = te.set_road_type(t, ("other", 0), RoadType.TARMAC)
    assert out.others == (Road(-90.0, RoadType.TARMAC),)
    assert (out.exit, out.entry, out.symbols, out.texts) == (t.exit, t.entry, t.symbols, t.texts)
    assert te.set_road_type(t, ("entry", 0), RoadType.DUNE_CROSSING).entry is RoadType.DUNE_CROSSING
    assert te.set_road_type(t, ("symbol", 0), RoadType.TARMAC) is t


def test_add_road_in_the_widest_gap() -> None:
    # exit straight on, entry behind: the widest gaps are left and right; the first found is right
    out = te.add_road(Tulip())
    assert out.others == (Road(90.0),)
    # with a right road, the widest gap is now on the left
    assert te.add_road(out).others[-1].angle_deg == -90.0
    assert te.add_road(Tulip(), 33.3, RoadType.TARMAC).others == (Road(33.3, RoadType.TARMAC),)


def test_add_road_when_full_changes_nothing() -> None:
    full = Tulip(others=tuple(Road(float(i)) for i in range(MAX_ITEMS)))
    assert te.add_road(full) is full


def test_aim_and_turn_a_road() -> None:
    t = rich()
    out = te.aim_road(t, ("exit", 0), 45.0)
    assert out.exit == Road(45.0)
    out = te.aim_road(t, ("other", 0), -135.0, length=99.0)
    assert out.others[0].angle_deg == -135.0 and out.others[0].length == MAX_LENGTH
    assert te.aim_road(t, ("other", 0), 0.0, length=0.0).others[0].length == MIN_LENGTH
    assert te.turn_road(t, ("exit", 0), 100.0).exit.angle_deg == -170.0  # folded
    assert te.turn_road(t, ("entry", 0), 10.0) is t


def test_remove_keeps_entry_and_exit() -> None:
    t = rich()
    assert te.remove(t, ("other", 0)).others == ()
    assert te.remove(t, ("symbol", 0)).symbols == ()
    assert te.remove(t, ("text", 0)).texts == ()
    assert te.remove(t, ("exit", 0)) is t
    assert te.remove(t, ("entry", 0)) is t
    assert te.remove(t, ("text", 3)) is t


def test_place_symbol_in_a_free_corner_or_where_asked() -> None:
    t = rich()  # top left is taken by danger2
    out = te.place_symbol(t, "well")
    assert (out.symbols[-1].x, out.symbols[-1].y) == (86.0, 14.0)
    out = te.place_symbol(t, "well", 120.0, -5.0)  # held inside the square
    assert (out.symbols[-1].x, out.symbols[-1].y) == (100.0, 0.0)


def test_add_text_cleans_and_refuses_blank_or_unprintable() -> None:
    t = Tulip()
    out = te.add_text(t, "  Puits \n à droite ", 50.0, 0.0)
    assert out.texts == (TulipText("Puits à droite", 50.0, 4.0, te.DEFAULT_TEXT_SIZE),)
    assert te.add_text(t, "   ", 50.0, 50.0) is t
    assert te.add_text(t, "bell\x07", 50.0, 50.0) is t


def test_set_text_changes_or_removes() -> None:
    t = rich()
    assert te.set_text(t, 0, "Oued").texts[0].text == "Oued"
    assert te.set_text(t, 0, "Oued").texts[0].x == 22.0
    assert te.set_text(t, 0, "  ").texts == ()
    assert te.set_text(t, 0, "bad\x01") is t
    assert te.set_text(t, 7, "x") is t


def test_move_symbols_and_texts_within_the_drawing() -> None:
    t = rich()
    assert te.move_by(t, ("symbol", 0), 3.0, -2.0).symbols[0] == PlacedSymbol(
        "danger2", 20.0, 15.0, 1.3
    )
    text = te.move_to(t, ("text", 0), 50.0, 1.0).texts[0]
    assert (text.x, text.y) == (50.0, 4.0)  # a text's baseline stays below the top
    assert te.move_by(t, ("exit", 0), 1.0, 1.0) is t


def test_grow_is_held_to_the_limits() -> None:
    t = rich()
    assert te.grow(t, ("symbol", 0), 1.1).symbols[0].scale == pytest.approx(1.43)
    assert te.grow(t, ("symbol", 0), 100.0).symbols[0].scale == 4.0
    assert te.grow(t, ("text", 0), 0.01).texts[0].size == 5.0
    assert te.grow(t, ("exit", 0), 1.05).exit.length == pytest.approx(1.05)
    assert te.grow(t, ("other", 0), 100.0).others[0].length == MAX_LENGTH
    assert te.grow(t, ("entry", 0), 2.0) is t


def test_rotate_symbol() -> None:
    t = rich()
    assert te.rotate_symbol(t, 0, 15.0).symbols[0].rotation == 15.0
    assert te.rotate_symbol(t, 4, 15.0) is t


def test_roads_from_the_route_keep_symbols_and_texts() -> None:
    t = rich()
    route = Tulip(RoadType.TARMAC, Road(-45.0, RoadType.TARMAC))
    out = te.with_roads_of(t, route)
    assert (out.entry, out.exit, out.others) == (route.entry, route.exit, ())
    assert (out.symbols, out.texts) == (t.symbols, t.texts)
