"""Map tiles without Qt: tile maths (:mod:`navapp.maps.tiles`), the one map source interface
(:mod:`navapp.maps.source`), offline map files (:mod:`navapp.maps.mbtiles`,
:mod:`navapp.maps.pmtiles`, opened by content with :mod:`navapp.maps.files`), tile servers
the user adds (:mod:`navapp.maps.xyz`) and their disk cache (:mod:`navapp.maps.cache`).

As with :mod:`navapp.gps`, the Qt parts (the network fetch, decoding tiles into images, drawing
them) live in the GUI; everything here is plain Python with time injected by the caller.
"""

# The extensions of the offline map files navapp opens. Here, so a command can tell a map
# file by its name without loading the readers.
MAP_FILE_EXTENSIONS = (".mbtiles", ".pmtiles")
