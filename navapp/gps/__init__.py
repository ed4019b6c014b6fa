"""GPS position sources without Qt: replay scheduling and the gpsd JSON protocol.

The Qt sources that drive these (serial port, TCP socket, timers, Qt Positioning) live in
:mod:`navapp.gui.gps.sources`; everything here is plain Python with time injected by the caller.
"""
