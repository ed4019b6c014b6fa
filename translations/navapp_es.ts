<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Impresión</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>ver su paquete</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

Aplicación de navegación y roadbook para equipos de rally-raid.

Licencia: GNU General Public License, versión 3 o posterior ({licence}).

Pulse Mostrar detalles para ver los créditos y las bibliotecas que usa navapp.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>Acerca de navapp</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Trip +</source>
        <translation>Trip +</translation>
    </message>
    <message>
        <source>Trip −</source>
        <translation>Trip −</translation>
    </message>
    <message>
        <source>Reset partial</source>
        <translation>Poner parcial a cero</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Fijar total en la viñeta</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Siguiente viñeta</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Viñeta anterior</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Reanudar avance auto.</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Modo nocturno</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Lista de waypoints</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Pausar reproducción</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Atenuador: más oscuro</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Atenuador: más claro</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Mapa: acercar</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Mapa: alejar</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Mapa: rumbo arriba / norte arriba</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Mapa: centrar en el coche</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Ninguna viñeta seleccionada</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Editar tulipa…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Quitar tulipa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>Reinicio a</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Stop s</source>
        <translation>Stop s</translation>
    </message>
    <message>
        <source>Neutral. s</source>
        <translation>Neutral. s</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>name / number</source>
        <translation>nombre / número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Vacío: el valor por defecto de la tabla de reglas (en gris). Escriba para cambiarlo.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Radios m</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Total {unit}</source>
        <translation>Total {unit}</translation>
    </message>
    <message>
        <source>Speed {unit}</source>
        <translation>Velocidad {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Viñeta {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Viñeta {number}  (sin posición)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>sin tulipa</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>también: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>Límite DZ</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>solo en una viñeta DZ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>total: una viñeta necesita una distancia total</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Total de la viñeta {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP de la viñeta {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Peligro de la viñeta {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>Reinicio de la viñeta {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stop de la viñeta {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralización</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralización de la viñeta {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>límite de velocidad</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Límite de velocidad de la viñeta {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Notas de la viñeta {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} en la viñeta {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Quitar la tulipa de la viñeta {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint de la viñeta {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>radio de apertura</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>radio de validación</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Mostrar coords.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Helicóptero</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Bomberos</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Prensa</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — ninguno</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: «{text}» no es un número</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: «{text}» no es un número entero</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>nunca se abre</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>siempre abierto</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>OCULTO</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>A SIG. VIÑETA</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO DESACT.</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>A VIÑETA {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>PRÁCTICA OCULTA</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipa</translation>
    </message>
    <message>
        <source>Notes drawing</source>
        <translation>Dibujo de notas</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reset {distance}</source>
        <translation>Reinicio {distance}</translation>
    </message>
    <message>
        <source>Stop {seconds} s</source>
        <translation>Stop {seconds} s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Neutralisation {duration}</source>
        <translation>Neutralización {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Control horario {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Control horario</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>el límite de la caché de teselas debe ser mayor que 0 MB, no {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}: no se puede crear la caché de teselas: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>nombre de fuente de la caché de teselas no válido: {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>no existe la tesela {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP y rumbo</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Norte verdadero (como lo imprimen los roadbooks)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnético (World Magnetic Model en la posición del coche)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnético, declinación fija</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Grados al este del norte verdadero; oeste es negativo.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>RUMBO °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>GIRO</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>una entrada de mapa no es una tabla de valores</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>una entrada de mapa tiene un tipo desconocido: {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>una entrada de mapa no tiene nombre</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}: la entrada de mapa no tiene archivo</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}: sus niveles de zoom van al revés ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}: su {field} no es una sola línea de texto</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}: su {field} no es un zoom entre {low} y {high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>la entrada de mapa no tiene archivo</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>equipo {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Añada el track analizado de un segundo equipo para comparar equipos.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — en rojo, donde más perdió cada equipo</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>navapp ha encontrado un error</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>Los detalles están en
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>No se pudieron guardar los detalles ({error}); se escribieron en la consola.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>navapp ha encontrado un error: puede que lo último que hizo no se haya realizado.
Infórmelo adjuntando el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}: el track no tiene puntos</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>Los equipos se comparan cuando todos los equipos están analizados.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Cancelado: {done} de {total} equipos analizados</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} equipos analizados</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Abrir los tracks de los equipos</translation>
    </message>
</context>
<context>
    <name>CrewProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reviewing: the crews already reviewed stay in the window</source>
        <translation>Detener el análisis: los equipos ya analizados se quedan en la ventana</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>Analizando equipos…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>Analizando equipos {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>no hay columnas de latitud y longitud (un encabezado como &apos;name,lat,lon&apos;, o coordenadas en la primera línea)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>línea omitida: {error}: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>otras líneas omitidas: {count}</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>dañado ({what}); waypoints leídos antes del daño: {count}</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>ninguna línea se lee como waypoint; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>sin waypoints</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Waypoint abierto</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Waypoint validado</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Waypoint perdido</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Entrada en zona de velocidad</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Salida de zona de velocidad</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Exceso de velocidad</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Fin de la neutralización</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Viñeta de peligro próxima</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Siguiente viñeta cerca</translation>
    </message>
    <message>
        <source>GPS lost</source>
        <translation>GPS perdido</translation>
    </message>
    <message>
        <source>GPS back</source>
        <translation>GPS recuperado</translation>
    </message>
    <message>
        <source>Off the route</source>
        <translation>Fuera de ruta</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Este equipo no tiene salida de sonido: los avisos no se oyen.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>sonido de «{cue}» ilegible: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>«{cue}» no se puede reproducir en este dispositivo de sonido.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message>
        <source>{number} metres</source>
        <translation>{number} metros</translation>
    </message>
    <message>
        <source>{number} kilometre</source>
        <translation>{number} kilómetro</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} kilómetros</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} yardas</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} milla</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} millas</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>recto</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>ligera izquierda</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>ligera derecha</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>sharp left</source>
        <translation>izquierda cerrada</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>derecha cerrada</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>media vuelta</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>{distance}, {turn}. CAP {cap}</translation>
    </message>
    <message>
        <source>{distance}, {turn}</source>
        <translation>{distance}, {turn}</translation>
    </message>
    <message>
        <source>{distance}, CAP {cap}</source>
        <translation>{distance}, CAP {cap}</translation>
    </message>
    <message>
        <source>danger {level}</source>
        <translation>peligro {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>SEGUIR DESACT. — CENTRAR</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Aún sin posición: esperando señal GPS</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>NORTH</source>
        <translation>NORTE</translation>
    </message>
    <message>
        <source>CENTRE</source>
        <translation>CENTRAR</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>RUMBO</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>SIN GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS: ninguno — GPS › Fuente…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>registro del track de la etapa detenida no reparado: {error}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARCIAL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>A VIÑETA {number}</translation>
    </message>
</context>
<context>
    <name>DriverDisplay</name>
    <message>
        <source>navapp — driver</source>
        <translation>navapp — piloto</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>GIRO</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>SIG. VIÑETA</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LÍMITE {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>SIN GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>EXCESO {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>no existe la viñeta {index} (viñetas del roadbook: {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>el número y el parcial de una viñeta se deducen de su posición y su total</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>no se puede insertar en {position} (de 1 a {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>el roadbook no tiene línea de ruta donde colocar viñetas</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>la etapa necesita un nombre</translation>
    </message>
</context>
<context>
    <name>EditorBoxModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipa</translation>
    </message>
    <message>
        <source>CAP °T</source>
        <translation>CAP °T</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sin título</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>un roadbook nuevo</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>Se conservaron cambios sin guardar de {file} a las {time}, cuando el editor se cerró por última vez. ¿Recuperarlos?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>Listas de waypoints KML (*.kml *.KML *.kmz *.KMZ);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Open roadbook</source>
        <translation>Abrir roadbook</translation>
    </message>
    <message>
        <source>Import roadbook as new</source>
        <translation>Importar roadbook como nuevo</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>Importar waypoints KML</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Ruta para estos waypoints (Cancelar: ninguna, o la línea del propio KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Generar desde track</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>No se puede generar</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Fijar ruta desde track</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Ir a posición</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Latitud, longitud (p. ej. 31.52, -4.21):</translation>
    </message>
    <message>
        <source>Save roadbook as</source>
        <translation>Guardar roadbook como</translation>
    </message>
    <message>
        <source>A5 pages</source>
        <translation>Páginas A5</translation>
    </message>
    <message>
        <source>Roll (roadbook reader)</source>
        <translation>Rollo (lector de roadbook)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>Salir de navapp</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Hay un recorrido siguiendo el GPS en la ventana principal. ¿Terminarlo y salir?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>&amp;Importar roadbook como nuevo…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>Importar waypoints &amp;KML…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>Generar desde &amp;track…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Cerrar todas las ventanas del editor, preguntando por los cambios sin guardar, y navapp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Insert box after</source>
        <translation>&amp;Insertar viñeta después</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>&amp;Eliminar viñeta</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>&amp;Subir viñeta</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>&amp;Bajar viñeta</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>Editar &amp;tulipa…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>&amp;Propiedades de la etapa…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Nombre, unidades (km o millas) y descripción de la etapa</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Re&amp;calcular totales y CAP desde la ruta</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Cada viñeta situada toma su total, parcial y CAP de la línea de ruta</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Fijar ruta desde trac&amp;k…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>&amp;Quitar ruta</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>Dib&amp;ujar ruta</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Dibujar la ruta en el mapa (Ctrl+D; Esc en el mapa: terminar)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Haga clic en el mapa para añadir puntos de ruta, arrástrelos; Supr o clic derecho para quitarlos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Ajustar mapa</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Ir a posición…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Centrar el mapa en un lugar</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Ir a…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Centrar el mapa en la latitud y longitud escritas (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>Mapa &amp;grande</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>El mapa ocupa también el espacio de la tabla de viñetas (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Error de autoguardado: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Editar viñeta {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint de la viñeta {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Insertar viñeta {number}</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Eliminar viñeta {number}</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Subir viñeta {number}</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Bajar viñeta {number}</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Insertar viñeta en la ruta</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Deslizar viñeta {number}</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Recalcular desde la ruta</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Propiedades de la etapa</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Quitar ruta</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Fijar ruta</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>No se puede leer la ruta</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Fijar ruta desde {file}</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Ruta fijada desde {file}</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Dibujo: clic añade al final, Mayús+clic antes del inicio, clic en la línea inserta, arrastrar mueve, Supr o clic derecho quita, Esc termina</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Dibujo de ruta terminado</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Añadir punto de ruta {number}</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Añadir punto de ruta antes del inicio</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Insertar punto de ruta</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Mover punto de ruta {number}</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Eliminar punto de ruta {number}</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Ir a: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Mapa centrado en {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulipa de la viñeta {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Seleccione una viñeta para dibujar su tulipa</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 viñeta</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Viñetas: {count}</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 aviso</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ Avisos: {count}</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Viñeta {number}: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>de {file}, sin guardar</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>{roadbook}[*] — {where} — Roadbook editor</source>
        <translation>{roadbook}[*] — {where} — Editor de roadbook</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{count} more failed</source>
        <translation>otras fallidas: {count}</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>no pedidas después: {count}</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}: no se pudieron descargar {lost} de {total} teselas ({reasons}); quedan en blanco</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} bytes, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>supera el límite de {limit} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>servidor no encontrado</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: sin conexión, faltan en la caché {missing} de {total} teselas; quedan en blanco</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: faltan en la caché {missing} de {total} teselas; quedan en blanco</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>No abierto: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>un roadbook cada vez: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Abierto: {file}</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Mapa: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}: abra primero un roadbook y luego suelte sus recorridos</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>Reproduciendo {file}</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>Revisando {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}: un recorrido, no un roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}: un roadbook; suéltelo en la ventana principal para revisar sobre él</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>Añadido: {files}</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Todos los recorridos grabados</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>No se puede abrir el roadbook</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Abierta la parte intacta de {file}, sin guardar</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>Abierto {file}; Guardar pedirá un archivo nuevo y dejará este tal como está</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Abierto: {file}</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>No se puede importar el roadbook</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Importado: {file}</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>No se puede importar el KML</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Waypoints importados de {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>No se puede exportar el PDF</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>Exportada 1 página a {file}</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>Páginas exportadas a {file}: {pages}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>No se puede generar</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>grabación {number} de {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>waypoints lejanos descartados: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Generar desde {file}</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Viñetas generadas desde {file}: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Viñetas generadas desde {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>No se puede recuperar: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Recuperados los cambios sin guardar de {file}</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>El roadbook tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — aviso: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>No se puede guardar el roadbook</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Guardado sin una parte del roadbook</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>Guardado: {file} — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Guardado: {file}</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Recuperar roadbook sin guardar</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>no es un archivo de mapa que navapp lea (MBTiles o PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>no es un archivo FIT (sin encabezado &apos;.FIT&apos;)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>suma de control incorrecta</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>dañado ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}; ningún registro con posición antes del daño</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>ningún registro con posición</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}; puntos leídos: {count}</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>registros sin posición omitidos: {no_position}</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>horas relativas al encendido, sin fecha: descartadas</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>registros fuera de rango omitidos: {count}</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>puntos de ruta fuera de rango omitidos: {out}</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>sin señal según el receptor: {count}</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>arranque en frío: {count}</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>saltos del GPS: {count}</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>hora hacia atrás: {count}</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>puntos descartados por no ser posiciones: {total} ({reasons})</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>EXCLUSIÓN</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>el track necesita al menos dos posiciones (tiene: {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>el track mide solo {length} m</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>la separación y los ajustes de giro deben ser números positivos</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>ninguno de los puntos del track ({count}) es una posición (el receptor no tenía señal)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>el track necesita al menos dos posiciones (tiene: {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>grabación {number} de {count}: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>waypoints del archivo a más de {distance} m de esta ruta, descartados: {left_out} de {count}</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Generar roadbook desde track</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Grabaciones en este archivo: {count} (divididas en huecos de más de {hours} h o {distance} km). El roadbook se hace a partir de una de ellas:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (la más larga)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>La grabación de la que se hace el roadbook</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Un giro al menos así de cerrado recibe una viñeta</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Viñeta en giros de más de</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Dos viñetas nunca más separadas que esto</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Viñetas como máximo cada</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Los giros más cerca que esto de otra viñeta se descartan</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Viñetas separadas al menos</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>SIN GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS PERDIDO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>FIN REPROD.</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>sin señal</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — señal, satélites: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — señal</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>SIN GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>SIN SEÑAL {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>REPROD. EN PAUSA</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>sin fuente GPS</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>sin señal desde hace {seconds} s — {source} no da posición</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — esperando datos</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>sin datos GPS desde hace {seconds} s — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>sin datos GPS desde hace {seconds} s — {source} ha dejado de emitir</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>no hay servicio de posición en este equipo (Qt Positioning no tiene backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}: el servicio de posición no responde en {wait} — ¿está en marcha? O elija serie o gpsd en GPS › Fuente…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — esperando datos</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}: puerto desaparecido — reconexión en {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}: {reason} — nuevo intento en {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — reconexión en {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} detenido</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>ningún archivo de reproducción elegido</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>conectando a {host}:{port}…</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>conexión perdida</translation>
    </message>
</context>
<context>
    <name>Gpx</name>
    <message>
        <source>not a GPX file</source>
        <translation>no es un archivo GPX</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>archivo GPX inutilizable: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>la viñeta {index} no tiene coordenadas; el GPX simple las necesita</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>hora no válida: {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} no es un número</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; sin lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} no es un número</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} fuera de rango</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>los DTD y las entidades no se admiten en los archivos de navapp</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>no es un archivo GPX (elemento raíz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>XML no válido: el archivo termina antes de tiempo, antes de su primer punto completo</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>el archivo termina antes de tiempo; puntos leídos: {count}</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>sin puntos de track</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>sin posiciones (registros B de IGC)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>posiciones ilegibles omitidas: {bad}</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>sin fecha de vuelo (HFDTE): horas descartadas</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>posiciones fuera de rango omitidas: {count}</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>sin posiciones (registros B de IGC) dentro de rango</translation>
    </message>
</context>
<context>
    <name>KeyLabel</name>
    <message>
        <source>Vol +</source>
        <extracomment>How often the controller polls the tracker while a key is held for a hold or a repeat. Keys that do nothing in a text field, so they reach the controller even while one has focus. Widgets where the keyboard is for typing: the controller leaves their keys alone. Shifted characters and the key that types them on a US keyboard, for platforms that give no scan code: Shift+= is pressed as &quot;+&quot; and, once Shift is up, released as &quot;=&quot;.</extracomment>
        <translation>Vol +</translation>
    </message>
    <message>
        <source>Vol −</source>
        <translation>Vol −</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Pista sig.</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Pista ant.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Reprod./Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>Kml</name>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordenadas KML no válidas: {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>coordenadas KML fuera de rango: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>el archivo termina antes de tiempo; marcas leídas: {count}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>no es un archivo KML (elemento raíz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>la marca {label} no tiene coordenadas</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>este archivo no tiene línea de ruta</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>este KML no tiene marcas con un punto</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>navapp usará el idioma elegido desde el próximo inicio. Los términos de rally (CAP, DSS, ASS, WPM, DZ…) se mantienen como los usan los equipos; el trip y las viñetas del roadbook conservan el punto decimal, como los roadbooks impresos y los tripmasters.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Números y fechas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Abra un roadbook: Archivo › Abrir…</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>GPS: {error}</source>
        <translation>GPS: {error}</translation>
    </message>
    <message>
        <source>Resume the stage?</source>
        <translation>¿Reanudar la etapa?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>No se puede reproducir el recorrido</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}: sin posiciones GPS</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>Reproduciendo un recorrido dañado</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Abierto: {file}</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook dañado</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Abrir roadbook</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>No se puede abrir el roadbook</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sin título</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Revisar recorridos grabados</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>abra primero un roadbook y luego revise los recorridos con él</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>&amp;Controles del mapa</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>&amp;Fuente del mapa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Mostrar toda la etapa (Inicio)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipo {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>exceso de velocidad</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fuera de ruta</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>zona de velocidad</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>waypoint perdido</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Velocidad ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ {count} equipos más</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>dist. mín. {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Sin roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>Las viñetas no tienen posiciones para el mapa</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Mapa vacío: vaya a un lugar (Ctrl+G) para dibujar allí la ruta</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Viñeta {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Dibujando la ruta · clic: añadir al final · Mayús+clic: añadir antes del inicio · clic en la línea: insertar · clic en una viñeta: seleccionarla · arrastrar: mover · Supr o clic derecho: quitar · Esc: terminar</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Dibujando la ruta · Esc: terminar</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Sin línea de ruta: dibuje una (Ctrl+D) para situar viñetas en el mapa</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Clic en la ruta para añadir una viñeta · arrastre una viñeta a lo largo de la ruta</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole route (Home)</source>
        <translation>Mostrar toda la ruta (Inicio)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name} ocupa {count} bytes, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} no es una imagen PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>es una carpeta, no un archivo de mapa</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Sin mapa</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Añadir archivo de mapa…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>El mapa bajo la ruta</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Intensidad del mapa bajo la ruta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Mostrar solo archivos de mapa y teselas ya en caché: sin red</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Añadir un archivo de mapa</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Añadir archivo de mapa…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Un mapa sin conexión: MBTiles o PMTiles con teselas ráster</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>p. ej. Topo en casa</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© de quién es el mapa, como pide el servidor</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Añadir servidor de teselas</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Sin conexión: no descargar teselas (solo archivos de mapa y teselas en caché)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Mapas disponibles</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Añadir un servidor de teselas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Zoom máx.</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Red y caché</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Guardar como máx.</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>En caché ahora</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Se descartó un mapa guardado: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}: navapp ya tiene este servidor</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Añadir un archivo de mapa</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (servidor de teselas, integrado)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (archivo de mapa)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (servidor de teselas)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>la tesela {z}/{x}/{y} ocupa {size} bytes, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>la tesela {z}/{x}/{y} no es una imagen sino texto</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>no es un mapa MBTiles: no tiene tabla tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>sin tabla metadata: nombre, zooms y límites estimados</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contiene teselas vectoriales; navapp solo dibuja mapas ráster</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>formato de tesela desconocido: {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>sin formato de tesela en metadata: se toma de cada tesela</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>minzoom/maxzoom no válidos en metadata: se toman de las teselas</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>el mapa no tiene teselas</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>los niveles de zoom {low}..{high} están fuera de rango</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>sin índice de teselas: las teselas cargan despacio en un archivo grande</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>límites no válidos {text} en metadata: ignorados</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>el archivo de mapa está dañado (base de datos ilegible)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>no es un mapa MBTiles (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>el archivo de mapa está dañado (base de datos corrupta)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>no es un mapa MBTiles ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>no se puede leer el archivo de mapa: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>&amp;Editar roadbook…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>Re&amp;visar un recorrido…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Fuente…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Trip</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Drive view</source>
        <translation>Vista de &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>&amp;Viñetas del roadbook</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>&amp;Atenuador (noche)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Pantalla del &amp;piloto</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>P&amp;ráctica</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Oculto: solo la viñeta actual</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>&amp;Sin CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>Solo &amp;distancia</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>&amp;Zoom rollo PDF: distancias / página entera</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>&amp;Acerca de navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>mantener {key}</translation>
    </message>
    <message>
        <source>{path}
+ waypoints from {list}</source>
        <translation>{path}
+ waypoints de {list}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Keep the stage</source>
        <translation>Mantener la etapa</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Empezar una etapa nueva</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>Fuente GPS cambiada</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>La fuente GPS cambia a {source} durante la etapa.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Mantener la etapa: el trip, la viñeta y los waypoints siguen desde aquí.
Empezar una etapa nueva: todo vuelve a empezar desde cero.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>navapp se detuvo durante esta etapa (trip {trip} {unit}, viñeta {box}). ¿Reanudar donde se detuvo?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>El atenuador funciona de noche: Ver › Modo nocturno</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Atenuador {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Atenuador desact.</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>no se encontraron frases NMEA</translation>
    </message>
</context>
<context>
    <name>OdometerWidget</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Openrally</name>
    <message>
        <source>{what} is not a number: {text}</source>
        <translation>{what} no es un número: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} no es un número finito: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} debe ser un número entero: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>{what} negativo: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>el radio {attr} debe ser positivo: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>el límite de velocidad debe ser positivo: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>unidades desconocidas {raw} (se esperaba metric o statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>el waypoint no tiene distancia OpenRally</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>no es un archivo GPX (elemento raíz &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>el PDF está protegido con contraseña; guarde una copia sin protección</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>el PDF usa una protección no admitida; guarde una copia sin protección</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>PDF ilegible (dañado)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>PDF ilegible (dañado o sin páginas)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>el PDF ocupa {mb} MB; navapp lee PDF de hasta {limit} MB</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>no es un archivo PDF (sin encabezado %PDF)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>páginas del PDF: {count}; navapp lee hasta {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>no se puede leer la página {page} (PDF dañado)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>la página {page} mide {width} x {height} puntos, no es un tamaño en el que se imprima un roadbook</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>no se puede dibujar la página {page} (PDF dañado)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>no se encontraron filas de viñetas en las páginas: nada que seguir</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>sin capa de texto (un escaneo): filas encontradas: {rows}, pero el rollo no puede seguir al trip; desplácelo a mano</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>{count} de {rows} filas no tienen distancia en la capa de texto: el rollo no puede seguir al trip más allá de ellas</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>SIN DISTANCIAS LEGIBLES: EL ROLLO NO SIGUE AL TRIP · ▲ ▼ PARA MOVERLO</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>DESPLAZADO A MANO: NO ES LA VIÑETA ACTUAL · AUTO (A) VUELVE A ELLA</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>PRÁCTICA OCULTA</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>no es un PDF legible</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>el PDF usa un cifrado no compatible</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>no se pudo leer el PDF</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>OCULTO</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>No se puede mostrar el PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>tesela {z}/{x}/{y}: directorios anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>el archivo de mapa está cerrado</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what}: más allá del final del archivo (¿cortado?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>el encabezado</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>no es un archivo de mapa PMTiles</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>el encabezado PMTiles está cortado</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles versión {version}; navapp lee la versión 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>encabezado PMTiles no válido ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>los niveles de zoom {low}..{high} están fuera de rango</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contiene teselas vectoriales; navapp solo dibuja mapas ráster</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>el tipo de tesela {name} no es PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>teselas comprimidas con {name}; navapp lee teselas sin comprimir</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what}: compresión {name}</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what}: datos gzip dañados</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what}: más de {limit} bytes al descomprimir</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>metadatos demasiado grandes: ignorados</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>los metadatos</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>metadatos ilegibles: nombre y atribución desconocidos</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>los metadatos no son un objeto JSON: ignorados</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>un directorio de {length} bytes supera el límite</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>un directorio está dañado</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>un directorio está desordenado (dañado)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name} ocupa {length} bytes, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>no es un archivo de mapa PMTiles (vacío)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>punto sin {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} no es un número: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} no es un número finito: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} fuera de rango: {text}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Roadbook</source>
        <translation>Roadbook</translation>
    </message>
    <message>
        <source>This roadbook has no boxes.</source>
        <translation>Este roadbook no tiene viñetas.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>página {page} / {pages}</translation>
    </message>
    <message>
        <source>RESET {distance}</source>
        <translation>REINICIO {distance}</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>No track</source>
        <translation>Sin track</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>este track no tiene altitud</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>máx. {speed}</translation>
    </message>
</context>
<context>
    <name>Recordings</name>
    <message>
        <source>the track has no positions</source>
        <translation>el track no tiene posiciones</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>no existe la grabación {number} (grabaciones del track: {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>desde {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}: {when}, puntos: {points}, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>grabaciones del track: {count} (separadas por huecos de más de {hours} h o {km} km):</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>el roadbook se hace a partir de la grabación {number} (la más larga)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>el roadbook se hace a partir de la grabación {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>formato de roadbook no admitido &apos;{format}&apos; (navapp lee {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>el archivo termina antes de tiempo; leídos: viñetas {boxes}, puntos de ruta {points}</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>el archivo termina antes de tiempo; viñetas leídas: {boxes}</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>no es un roadbook PDF: solo un PDF se lee de abajo arriba o de arriba abajo</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>formato de track no admitido &apos;{format}&apos;: ni GPX ni NMEA (navapp lee tracks GPX, KML, TCX, FIT e IGC y registros NMEA, normalmente {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>el track tiene menos de dos puntos</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>formato de salida desconocido &apos;{to}&apos; (conocidos: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>no se puede deducir el formato de salida de &apos;{name}&apos;; use --to</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (pulsación corta) ya está asignada a «{action}».</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (mantener) ya está asignada a «{action}».</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>Mantener {key} ya repite «{action}».</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} se mantiene para «{held}», así que no puede repetir «{action}».</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>asignación de tecla ignorada {line}: se esperaba key:press=action</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>asignación de tecla ignorada {line}: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>asignación de tecla ignorada {line}: {binding} está asignada dos veces</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>pulse una tecla…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Pulsación corta</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Haga clic en una celda (o pulse Intro en ella) y luego pulse la tecla. Esc cancela, Retroceso borra.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Controles táctiles en la pantalla de navegación (desact.: solo teclas y mando)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Mantener tras</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Teclas por defecto restauradas.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Pulse la tecla para «{action}» (pulsación corta).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Pulse la tecla para «{action}» (mantener).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} ya está asignada a «{action}».</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Bórrela allí primero.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} asignada a «{action}».</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>«{action}» borrada.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>repite</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>reproducción {speed}× terminada — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>reproducción {speed}× en pausa — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>reproducción {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>reproducción {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>reproducción</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Recorrido {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Validados / perdidos</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Equipos: {crews} · Fecha: {date} · Roadbook {distance}, viñetas: {boxes} · Horas en UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}: no se pueden evaluar tiempos, velocidades, zonas ni stops.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closest m</source>
        <translation>Dist. mín. m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zones</source>
        <translation>Zonas de velocidad</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Límite {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Máx. en zona {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Inicio infracción</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Pico {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Dist. máx. m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Fuera de ruta</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Tras viñeta</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>Viñeta DN</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>Viñeta FN</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>Adelanto</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralizaciones</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>Resaltadas: las mayores pérdidas de cada equipo (hasta {count}).</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Mapa: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}: sin perfil de velocidad</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>sin track: sin perfil de velocidad</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>tiempo desde la primera posición (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>distancia a lo largo del track (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>el generador de informes no está disponible</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>este equipo no tiene revisión que exportar</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>ya se está escribiendo un informe</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>Descargando el mapa para el informe {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Informe escrito: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Informe escrito: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>Informe HTML (*.html);;Tabla de tramos (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>Roadbook &amp;invertido (de abajo arriba)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Leer este roadbook PDF de abajo arriba (marcado) o de arriba abajo; se recuerda para él</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Abra primero un roadbook PDF: solo un roadbook PDF se lee de abajo arriba</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Empezar por la ú&amp;ltima página</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Leer este roadbook invertido desde el pie de su última página hasta la página 1 (marcado) o cada página de abajo arriba en orden de páginas; se recuerda para él</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Marque primero Roadbook invertido: solo un roadbook PDF invertido empieza ahí</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>¿Leer el roadbook en el otro sentido?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>La etapa vuelve a empezar desde cero con las filas leídas {way}: trip, viñeta y waypoints. ¿Leerlo {way} ahora?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>de abajo arriba desde la última página</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de abajo arriba</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de arriba abajo</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} leído {way}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>el track no tiene puntos</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>la revisión necesita las coordenadas de las viñetas y este roadbook no las tiene (todos sus waypoints están en 0,0, como en el ejemplo oficial de OpenRally)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>el track no tiene posiciones utilizables ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>el track no tiene horas: las velocidades, zonas, stops y tiempos por tramo las necesitan</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>el roadbook no tiene línea de ruta: las viñetas se unen en línea recta, sin control de fuera de ruta</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>el track nunca se acerca a menos de {distance} m de la ruta: ¿es el roadbook correcto?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>exceso de velocidad</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fuera de ruta</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralización</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}: dist. mín. {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}: dist. mín. {distance} m (validación {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusión</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>penalización {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}: máx. {speed} km/h durante {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>hasta {distance} m fuera de la ruta durante {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>parado {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>exigido {required}, no completado</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>exigido {required}, hecho {taken}, salida {early} s antes</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>exigido {required}, hecho {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>este track no tiene horas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Recorrido {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Desvío {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Media {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Máx. {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Tiempo desde la salida en cada viñeta (diferencia con el líder)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Diferencia total</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Tramos: tiempo (diferencia con el más rápido)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Exceso de velocidad</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Equipos, el más rápido primero (tiempo hasta la última viñeta que todos pasaron)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Revisión — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Equipos comparados</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Desde DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Contar el tiempo de cada equipo desde su DSS, no desde el inicio de su track</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Vista de navegación en la hora del cursor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>A&amp;brir los tracks de los equipos…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Ajustar mapa</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Tiempo desde la &amp;DSS de cada equipo</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipo {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ ¿no es esta etapa?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>perdidos: {missed}, excesos: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>el más rápido</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>el motor de revisión no está disponible: el track se muestra sin evaluar</translation>
    </message>
    <message>
        <source>{track}: {error}</source>
        <translation>{track}: {error}</translation>
    </message>
    <message>
        <source>track</source>
        <translation>track</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}: sin hora de DSS en este track, contado desde su inicio</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}: este track no se pudo evaluar con la etapa.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}: {warning} waypoints perdidos: {missed} de {count}.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km del track</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  viñeta {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>más de {limit} MB: no es un roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>no es un archivo de Rally Navigator: no es texto UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>no es un archivo de Rally Navigator: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>no es un archivo de Rally Navigator: JSON no válido ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>no es un archivo de Rally Navigator: sin objeto &quot;route&quot;</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>archivo de Rally Navigator versión {version}; navapp lee la versión {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>sin lista &quot;waypoints&quot;</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>sin waypoints</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>más de {limit} waypoints: no es un roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>el waypoint {number} no es un objeto</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>el waypoint {number} no tiene lat/lon válidas</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>el waypoint {value} no tiene &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>waypoint {number}: dibujo {cell} no válido</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>sin viñetas de roadbook (ningún waypoint con show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>más de {limit} viñetas: no es un roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>no se conserva de las tulipas y notas: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>no se escribe en .rn2: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>la viñeta {index} no tiene coordenadas; .rn2 las necesita</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>el roadbook no tiene viñetas</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>la línea de ruta tiene un punto; un .rn2 necesita dos o más: dibuje otro o elimínela</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>puntos de la línea de ruta: {count}; un .rn2 admite como máximo {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>el .rn2 ocuparía {size} MB, más de los {limit} MB que lee navapp: simplifique antes la línea de ruta</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Asfalto</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Pista estrecha</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Fuera de pista</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Cruce de dunas</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}: la edición no dio ningún roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Sin roadbook — Archivo › Abrir…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 viñeta</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Viñetas: {count}</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Etapa {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sin coordenadas</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) no es una posición en la Tierra</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>no existe el punto de ruta {number} (puntos de la ruta: {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>la ruta no tiene ningún segmento donde insertar un punto</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>ya hay un punto de ruta ahí</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>el track no tiene ninguna posición que comparar con la ruta</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>¿No es un recorrido de esta etapa? Se mantiene a {km} km de la ruta (mediana) y cubre {share} de la ruta.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>¿No es un recorrido de esta etapa? Se mantiene a {km} km de la ruta (mediana).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>¿No es un recorrido de esta etapa? Cubre {share} de la ruta.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>los DTD y las entidades no se admiten en los archivos de navapp</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>XML no válido: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>XML no válido: el archivo termina antes de tiempo (cortado a mitad de un elemento, como tras una copia o un guardado sin terminar)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>el archivo no contiene ningún documento XML</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>MANTENER</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>BLOQUEADO · MANTENER PARA DESBLOQ.</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>serie {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>no es un archivo de sesión de navapp</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>archivo de sesión dañado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Mando &amp;&amp; teclas</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Tripmaster</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>three hundred metres, left, CAP 120</source>
        <translation>trescientos metros, izquierda, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>peligro tres</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>solo !!!</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! y !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! y !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>Volumen de {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Reproducir este sonido ahora con el volumen indicado, silenciado o no.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Silenciar todos los sonidos</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Anunciar las viñetas en voz alta («trescientos metros, izquierda, CAP 120»)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Voz: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Siguiente viñeta cerca: a menos de</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Fuera de ruta: a más de</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Exceso de velocidad: repetir cada</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Viñeta de peligro: viñetas marcadas</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>Fuente GPS</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>un track GPX, registro NMEA, archivo FIT o IGC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Archivo a reproducir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudios</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>NMEA serie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>El servicio de posición del sistema operativo (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Disponible aquí: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>No hay ningún servicio de posición en este equipo.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Posición del sistema</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Reproducir un recorrido grabado</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>No hay motor de voz en este equipo (en Linux: instale e inicie speech-dispatcher).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Propiedades de la etapa</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>p. ej. Etapa 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>Lo que los equipos deben saber de la etapa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>Las distancias no cambian; el roadbook las imprime en estas unidades.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>La etapa necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>SIN SEÑAL</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>SIN SEÑAL · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>{count} sat</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>{distance} in {time} — {validated} waypoints validated, {missed} missed, overspeeds: {overspeeds}</source>
        <translation>{distance} en {time} — waypoints validados: {validated}, perdidos: {missed}, excesos de velocidad: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Waypoints perdidos</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>dist. mín. {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>nunca cerca</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>viñeta {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Excesos de velocidad</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>zona desde la viñeta {number}</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>máx. {speed}</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validados</translation>
    </message>
    <message>
        <source>Drive summary</source>
        <translation>Resumen del recorrido</translation>
    </message>
</context>
<context>
    <name>SymbolPalette</name>
    <message>
        <source>Filter symbols</source>
        <translation>Filtrar símbolos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Click a symbol, then click the drawing; Enter places it</source>
        <translation>Haga clic en un símbolo y luego en el dibujo; Intro lo coloca</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Ningún símbolo coincide con el filtro</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>posición del sistema no disponible: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>posición del sistema</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>posición del sistema ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — esperando señal</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>Se detuvo {source}</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>sin señal</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>servicio cerrado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>One of this crew&apos;s biggest losses</source>
        <translation>Una de las mayores pérdidas de este equipo</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>mapa: acerque el zoom para ver {map} (sus teselas empiezan en el zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>mapa: {map} no cubre este lugar</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>mapa: acerque el zoom para ver {map}</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>servidor no encontrado</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>más de {count} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>teselas: {map}: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>el zoom {zoom} está fuera de {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>el recuadro {box} no es finito</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>el sur del recuadro {south} está al norte de su norte {north}</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>el recuadro necesita más de {limit} teselas en el zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>no existe la tesela {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>ningún zoom para {m_per_px} metros por píxel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>sus teselas empiezan en el zoom {low}; esta vista está en el zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>la tesela {z}/{x}/{y} no tiene padre {levels} niveles arriba</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>y otros similares: {dropped}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>demasiado grande para un roadbook de Tulip (más de {limit} MB)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>no es un roadbook de Tulip: JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>no es un roadbook de Tulip: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>el archivo está dañado en la línea {line} ({reason}); puntos de ruta completos leídos: {count}</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>no es un roadbook de Tulip: el JSON no es un objeto</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>no es un roadbook de Tulip: sin lista de instrucciones</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>más de {limit} puntos de ruta</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>puntos de ruta sin lat/long utilizables omitidos: {bad}</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>viñeta {box}: tipo de waypoint desconocido {type} descartado</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>este roadbook de Tulip no tiene instrucciones</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>más de {limit} instrucciones</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>viñeta {box}: kmFromStart {raw} retrocede; se usa la distancia de la ruta</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>viñetas sin kmFromStart: {missing}; su total es la distancia de la ruta</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>viñeta {box}: kmFromStart {raw} km pero {measured} km a lo largo de la ruta (se mantienen los totales impresos en el archivo)</translation>
    </message>
</context>
<context>
    <name>TouchControls</name>
    <message>
        <source>TRIP</source>
        <extracomment>How long reset partial and set total to box must be held. Side of a control at the 1024×600 reference size (grown with the view, never under 12 mm). Finger travel on the box strip per box, in control sides. The drive view&apos;s spacing between a column of controls and its neighbour. Room kept between a LOCKED label and the controls around it. How often a long press&apos;s progress is redrawn.</extracomment>
        <translation>TRIP</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARCIAL</translation>
    </message>
    <message>
        <source>SET TOTAL</source>
        <translation>FIJAR TOTAL</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>VIÑETA</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPA</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>BLOQ.</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>HOLD TO UNLOCK</source>
        <translation>MANTENER PARA DESBLOQ.</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>todos los puntos ({count}) tienen la misma hora: se omiten velocidades, zonas, stops y tiempos por tramo</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>todos los puntos con hora ({count}) tienen la misma: se omiten velocidades, zonas, stops y tiempos por tramo</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>no es un registro de track de navapp</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Hundredths (12.34)</source>
        <translation>Centésimas (12.34)</translation>
    </message>
    <message>
        <source>Tenths (12.3)</source>
        <translation>Décimas (12.3)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Mostrar la distancia que falta hasta la siguiente viñeta</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Poner el trip a la distancia de la viñeta al validar</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>El paso de corrección es lo que suma una pulsación de Trip + o Trip −. La calibración escala la distancia GPS: +1.00 % suma 10 m por km.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Paso de corrección</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Tolerancia en zona de velocidad</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} debe ser un número</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} fuera de [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>un texto de tulipa necesita de 1 a {limit} caracteres</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>un texto de tulipa no puede contener U+{code}</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>tipo de vía desconocido: {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>id de símbolo no válido: {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>tipo de entrada desconocido: {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>más de {limit}: {name}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>una tulipa es un objeto JSON</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>no es una tulipa de navapp de una versión conocida</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>JSON de tulipa ausente o demasiado grande</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>JSON de tulipa no válido: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} debe ser una lista</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>más de {limit}: {key}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>un elemento de tulipa es un objeto JSON</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>tipo de vía desconocido: {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Texto, Intro para colocar</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Dibujo de la tulipa</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Seleccionar / mover</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Seleccionar y arrastrar vías, símbolos y textos; clic en el anillo para añadir una vía</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>Colocar sím&amp;bolo</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>Haga clic en el dibujo para colocar el símbolo elegido a la derecha</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Añadir te&amp;xto</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>Haga clic en el dibujo donde va el texto, escriba, Intro</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vías</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>Vía de &amp;entrada</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>Vía se&amp;leccionada</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>&amp;Añadir vía</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Añadir una vía en el hueco más ancho (Insert o N en el dibujo)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Borrar selección</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Borrar la vía, símbolo o texto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Arrastre la flecha para girar (Mayús: ángulo libre, Ctrl: longitud). Clic en el anillo para añadir una vía.
Teclas: RePág/AvPág seleccionar · ←/→ girar o mover · ↑/↓ longitud o mover · Insert añadir vía · Supr borrar · +/− tamaño · R rotar símbolo · F2 editar texto</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Símbol&amp;os</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Vía de salida: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Vía de entrada: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Vía {number}: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Symbol: {symbol}</source>
        <translation>Símbolo: {symbol}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Texto: {text}</translation>
    </message>
</context>
<context>
    <name>TulipEditorDialog</name>
    <message>
        <source>Edit tulip</source>
        <translation>Editar tulipa</translation>
    </message>
    <message>
        <source>A&amp;uto from route</source>
        <translation>A&amp;uto desde la ruta</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Dibujar las vías según gira aquí la ruta (se conservan símbolos y textos)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Peligro !</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Peligro !!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Peligro !!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Despacio</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Pista principal</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Pista pequeña</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Asfalto</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Autopista</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Bajo puente</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Rotonda</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcación</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Cruce</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>Cruce en T</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Horquilla</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Arena blanda</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rocas</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Roderas</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Escalón bajada</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Escalón subida</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Resalto</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Ondulaciones</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Agujero</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Badén</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Cresta</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Duna</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Cordón de dunas</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Dunas pequeñas</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Salar</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Barro</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Vado</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Río seco</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Acantilado</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Ruina</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Mezquita</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Morabito</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Campamento</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Cementerio</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antena</translation>
    </message>
    <message>
        <source>Pylon</source>
        <translation>Torre eléctrica</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>Línea eléctrica</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Tubería</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Vía férrea</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Valla</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Alambrada</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Portón</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Paso canadiense</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Zanja</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Terraplén</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Hito de piedras</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Mojón km</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Pozo</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Depósito de agua</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Árboles</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palmera</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Arbusto</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Bosque</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Hierba de camello</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Keep left</source>
        <translation>Mantener izquierda</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Mantener derecha</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Fuera de pista</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Prohibido el paso</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Peligros</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vías</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetación</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>Guía de usuario de navapp</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Un trip nunca marca menos de cero. Escriba el total de la viñeta tal como lo muestra ahí el trip de los equipos, o ponga un reinicio en la viñeta anterior.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>El trip de los equipos solo cuenta hacia arriba, así que esta viñeta quedaría antes que la anterior. Corrija su total, muévala a su sitio o ponga un reinicio del trip en una viñeta anterior.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Un CAP es un rumbo de brújula de 0 a 360°. Escriba el rumbo que siguen los equipos.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>Los peligros se marcan 1, 2 o 3 (! a !!!). Elija el nivel en el campo Peligro de la viñeta.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Un equipo debe estar dentro del radio de apertura antes de acercarse lo bastante para validar, así que el radio de validación debe ser el menor. Redúzcalo o amplíe el radio de apertura.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Una FZ cierra una zona de velocidad, pero ninguna DZ la abrió. Dé a la viñeta DZ su waypoint DZ, o elimine esta FZ.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Un equipo que entra en una zona de velocidad debe conocer su límite. Escríbalo en el campo Velocidad km/h de la viñeta.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Una zona de velocidad que nunca termina limita al equipo hasta la llegada. Añada una viñeta FZ donde termina la zona.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Dos waypoints con el mismo tipo y nombre se confunden en el trip y en los resultados. Cambie el nombre o el número de uno de ellos.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>La viñeta está lejos de la línea de ruta, así que probablemente está mal colocada. Arrástrela sobre la ruta en el mapa, o use Recalcular desde la ruta (totales y CAP).</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Haga clic en la ruta en el mapa, inserte una viñeta o genere las viñetas desde un track.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>total negativo {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>el total {total} km es menor que el de la viñeta anterior, {previous} km</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>el CAP {cap} está fuera de 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>el peligro {danger} no es 1, 2 ni 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}: el radio de validación {clear} m no es menor que el radio de apertura {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ sin DZ antes</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ sin límite de velocidad</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ sin FZ antes de la siguiente DZ en la viñeta {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ sin su FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>waypoint {type} {name} también en la viñeta {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>la viñeta está a {offset} m de la línea de ruta</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>el roadbook no tiene viñetas</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closest</source>
        <translation>Dist. mín.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}: la entrada &apos;{label}&apos; de la lista de waypoints no corresponde a ninguna viñeta</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}: la entrada &apos;{label}&apos; de la lista de waypoints en el km {km} no corresponde a ninguna viñeta</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}: {box} no tiene entrada en la lista de waypoints; conserva sus propias coordenadas</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}: {box} no tiene entrada en la lista de waypoints; queda sin coordenadas</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>Añadir lista de &amp;waypoints…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Situar los waypoints del roadbook desde la lista del organizador (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Abra primero un roadbook: una lista de waypoints sitúa los waypoints de un roadbook</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>¿Añadir la lista de waypoints?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>La etapa vuelve a empezar desde cero con las posiciones de la lista: trip, viñeta y waypoints. ¿Añadir la lista ahora?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Listas de waypoints ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + waypoints de {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Añadir lista de waypoints</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>No se puede leer la lista de waypoints</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Waypoints de {list}: situadas {placed} de {count} viñetas de waypoint</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Lista de waypoints</translation>
    </message>
    <message>
        <source>+ waypoints from {list}</source>
        <translation>+ waypoints de {list}</translation>
    </message>
</context>
<context>
    <name>WaypointListFile</name>
    <message>
        <source>unsupported waypoint list &apos;{format}&apos; (navapp reads {items})</source>
        <translation>lista de waypoints no admitida &apos;{format}&apos; (navapp lee {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>ningún waypoint con coordenadas en esta lista</translation>
    </message>
</context>
<context>
    <name>WaypointPanel</name>
    <message>
        <source>WAYPOINT</source>
        <translation>WAYPOINT</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDADO</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>PERDIDO</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WAYPOINT ABIERTO</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>SIG. WAYPOINT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Bienvenido a navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Siga un roadbook de rally-raid con trip, CAP y waypoints, alimentado por un GPS o un recorrido grabado. Todas las acciones funcionan con el teclado o un mando. Ayuda › Guía de usuario (F1) le cuenta más.</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>Abrir la etapa de &amp;demostración
Etapa de práctica en Erg Chebbi, con su recorrido grabado en reproducción</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>Elegir una fuente &amp;GPS…
Receptor serie, gpsd, la posición del sistema o una reproducción</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>Configurar el &amp;mando y las teclas…
Qué hace cada botón, tiempos de mantener y repetir</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>&amp;Abrir un roadbook…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>posición fuera de rango: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>hora no válida: {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>número no válido: {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>el archivo termina antes de tiempo; puntos leídos: {count}</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>el KMZ no contiene ningún documento .kml</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>el {filename} del KMZ es demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>archivo KMZ (zip) ilegible: {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>no es un archivo KML (elemento raíz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>este KML no tiene track (ni gx:Track ni LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>un gx:Track tiene {count} horas para {positions} posiciones; se leen las primeras {read}</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>gx:coord no válido: {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>puntos de track sin posición omitidos: {empty}</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordenadas KML no válidas: {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>no es un archivo TCX (elemento raíz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>trackpoints sin posición omitidos: {no_position}</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>este TCX no tiene trackpoints</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>dé un nombre al servidor de teselas (hasta 80 caracteres)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}: indique de quién es el mapa (la atribución que pide el servidor)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}: los niveles de zoom son números enteros</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}: los zooms deben cumplir {low} &lt;= mín. ({min_zoom}) &lt;= máx. ({max_zoom}) &lt;= {high}</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}: conserve las teselas entre un instante y 3650 días</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}: la dirección debe ser una sola línea sin espacios</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}: {url} no es una dirección web</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}: la dirección debe empezar por https:// o http://</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}: no ponga usuario ni contraseña en la dirección</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}: la dirección no tiene nombre de servidor</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}: marcador desconocido {{{unknown}}}; use {{z}}, {{x}}, {{y}} y {{s}}</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}: la dirección necesita {{z}}, {{x}} y {{y}}</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}: una llave en la dirección no es un marcador</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}: {{s}} necesita subdominios, como abc o a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>tesela {z}/{x}/{y}: {reason}</translation>
    </message>
</context>
</TS>
