"""What a post-stage review finds: plain frozen values (the review engine fills them).

Times are seconds since the epoch (None where the track has no times); distances metres or
km as named; speeds km/h. Box numbers are 1-based as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from navapp.core.model import WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.route_fit import RouteFit


@dataclass(frozen=True)
class WaypointOutcome:
    """One waypoint, in roadbook order: validated or missed, and how close the crew came."""

    box: int
    type: WaypointType
    name: str
    status: WaypointStatus  # VALIDATED or MISSED
    closest_m: float
    time: float | None  # time of validation (None when missed or the track has no times)
    closest_index: int  # track point nearest to the waypoint's closest approach
    lat: float
    lon: float
    open_m: float | None
    clear_m: float | None

    @property
    def label(self) -> str:
        return f"{self.type.label} {self.name}".strip()


@dataclass(frozen=True)
class Violation:
    """A continuous period above a zone's limit (plus tolerance)."""

    start: float
    end: float
    max_kmh: float
    start_index: int
    end_index: int
    penalty_s: float  # from the penalty profile; inf means exclusion


@dataclass(frozen=True)
class ZoneReview:
    """One speed zone: from the DZ box to the FZ box."""

    start_box: int
    end_box: int | None
    limit_kmh: float
    max_kmh: float  # highest speed inside the zone (nan when never entered)
    entered: float | None
    left: float | None
    violations: tuple[Violation, ...]


@dataclass(frozen=True)
class OffRoute:
    """A period farther than the threshold from the route line."""

    start: float | None
    end: float | None
    max_m: float
    start_index: int
    end_index: int


@dataclass(frozen=True)
class Stop:
    """A period standing still (below 2 km/h for at least the minimum stop time)."""

    start: float
    end: float
    box: int  # the last box passed before the stop
    start_index: int
    end_index: int


@dataclass(frozen=True)
class Section:
    """From one box to the next: roadbook partial against what was driven."""

    from_box: int
    to_box: int
    partial_km: float  # printed in the roadbook
    driven_km: float | None  # along the track between the two passages (None: not driven)
    time_s: float | None
    avg_kmh: float | None
    max_kmh: float | None
    start_index: int | None
    end_index: int | None

    @property
    def drift_km(self) -> float | None:
        """Driven minus printed: how far a perfect trip meter would be off at the next box."""
        return None if self.driven_km is None else self.driven_km - self.partial_km


@dataclass(frozen=True)
class NeutralReview:
    """A neutralisation: DN to FN, the time required and the time taken."""

    start_box: int
    end_box: int | None
    required_s: float
    taken_s: float | None
    early_s: float  # how much too early the crew left (0 when on time)


@dataclass(frozen=True)
class ReviewSummary:
    """The headline figures."""

    driven_km: float
    elapsed_s: float | None
    validated: int
    missed: int
    violations: int
    penalty_s: float  # inf when a violation means exclusion
    excluded: bool


@dataclass(frozen=True)
class Review:
    """Everything the review found for one track against one roadbook.

    ``box_times[i]`` is when box ``i + 1`` was passed (None: not passed, or no times), and
    ``box_index[i]`` the track point there (-1 when not passed); ``speed_kmh`` is the speed
    used for the zones (the log's own, else smoothed from positions), one per track point.
    ``notes`` says what could not be judged (no times, no route line …); ``fit`` how the
    track sits on the route, with a warning when it does not look like a drive of this stage.
    """

    track_name: str
    waypoints: tuple[WaypointOutcome, ...]
    zones: tuple[ZoneReview, ...]
    off_route: tuple[OffRoute, ...]
    sections: tuple[Section, ...]
    stops: tuple[Stop, ...]
    neutralizations: tuple[NeutralReview, ...]
    box_times: tuple[float | None, ...]
    box_index: tuple[int, ...]
    summary: ReviewSummary
    notes: tuple[str, ...]
    speed_kmh: npt.NDArray[np.float64] = field(
        default_factory=lambda: np.zeros(0), compare=False, repr=False
    )
    fit: RouteFit | None = None

    @property
    def dss_time(self) -> float | None:
        """When the crew started the stage: its DSS validated, else box 1 passed (None when
        neither, or the track has no times)."""
        dss = next((w.time for w in self.waypoints if w.type is WaypointType.DSS), None)
        if dss is not None:
            return dss
        return self.box_times[0] if self.box_times else None


@dataclass(frozen=True)
class SectionGap:
    """Two or more crews on one section: time each took and the gap to the fastest."""

    from_box: int
    to_box: int
    times_s: tuple[float | None, ...]  # per crew, in the order given
    driven_km: tuple[float | None, ...]
    gaps_s: tuple[float | None, ...]  # per crew: time minus the fastest crew's time


@dataclass(frozen=True)
class Comparison:
    """Crews compared box by box: cumulative time at each box and where time was lost."""

    names: tuple[str, ...]
    box_elapsed_s: tuple[tuple[float | None, ...], ...]  # per box, per crew: since the start
    sections: tuple[SectionGap, ...]
    total_gap_s: tuple[float | None, ...]  # per crew, at the last box all crews passed
