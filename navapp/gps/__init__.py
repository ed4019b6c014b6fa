"""GPS position sources without Qt: the one source interface (:mod:`navapp.gps.source`), the
link of a live source (lines, reconnect policy, wording: :mod:`navapp.gps.link`), replay
scheduling, the gpsd JSON protocol, the silence rule and the stage time.

The Qt transports that drive these (serial port, TCP socket, timers, Qt Positioning) live in
:mod:`navapp.gui.gps.sources`; everything here is plain Python with time injected by the caller.
"""
