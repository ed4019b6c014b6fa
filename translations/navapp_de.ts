<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>siehe Paket</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

Navigations- und Roadbook-App für Rallye-Raid-Teams.

Lizenz: GNU General Public License, Version 3 oder neuer ({licence}).

Details zeigen die Danksagungen und die Bibliotheken, die navapp nutzt.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>Über navapp</translation>
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
        <translation>Teil zurücksetzen</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Gesamt auf Box setzen</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Nächste Box</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Vorige Box</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Auto-Weiter fortsetzen</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Nachtmodus</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Wegpunktliste</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Dimmer: dunkler</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Dimmer: heller</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Karte: hineinzoomen</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Karte: herauszoomen</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Karte: Kurs oben / Nord oben</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Karte: auf Auto zentrieren</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Keine Box gewählt</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Tulpe bearbeiten…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Tulpe entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>Reset auf</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Stop s</source>
        <translation>Stopp s</translation>
    </message>
    <message>
        <source>Neutral. s</source>
        <translation>Neutral. s</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Wegpunkt</translation>
    </message>
    <message>
        <source>name / number</source>
        <translation>Name / Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Leer: Standard der Regeltabelle (grau). Wert eingeben zum Überschreiben.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>valid.</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Radien m</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Total {unit}</source>
        <translation>Gesamt {unit}</translation>
    </message>
    <message>
        <source>Speed {unit}</source>
        <translation>Tempo {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Box {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Box {number}  (keine Position)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>keine Tulpe</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>nicht darstellbar</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>auch: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>DZ-Limit</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>nur in einer DZ-Box</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>Gesamt: eine Box braucht eine Gesamtdistanz</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Gesamt von Box {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP von Box {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Gefahr von Box {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>Reset von Box {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stopp von Box {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>Neutralisation</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralisation von Box {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>Tempolimit</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Tempolimit von Box {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Notizen von Box {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} in Box {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Tulpe von Box {number} entfernen</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Wegpunkt von Box {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>Öffnungsradius</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>Validierungsradius</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Tanken</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Koord. zeigen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizin</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Hubschrauber</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feuerwehr</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Zuschauer</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — keine</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: „{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>öffnet nie</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>immer offen</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>MASKIERT</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>BIS NÄCHSTE BOX</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO AUS</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>BIS BOX {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TRAINING MASKIERT</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulpe</translation>
    </message>
    <message>
        <source>Notes drawing</source>
        <translation>Notizen-Zeichnung</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Wegpunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reset {distance}</source>
        <translation>Reset {distance}</translation>
    </message>
    <message>
        <source>Stop {seconds} s</source>
        <translation>Stopp {seconds} s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Neutralisation {duration}</source>
        <translation>Neutralisation {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Zeitkontrolle {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Zeitkontrolle</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Tanken</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>das Limit des Kachel-Cache muss über 0 MB liegen, nicht {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}: Kachel-Cache kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>ungültiger Quellname für den Kachel-Cache: {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>keine Kachel {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP und Kurs</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Geografisch Nord (wie im Roadbook gedruckt)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnetisch (World Magnetic Model an der Fahrzeugposition)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnetisch, feste Deklination</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Grad östlich von geografisch Nord; West ist negativ.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>KURS °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>ABBIEGEN</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>ein Karteneintrag ist keine Wertetabelle</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>ein Karteneintrag hat eine unbekannte Art {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>ein Karteneintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}: der Karteneintrag hat keine Datei</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}: die Zoomstufen laufen rückwärts ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}: {field} ist keine einzelne Textzeile</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}: {field} ist kein Zoom {low}..{high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>der Karteneintrag hat keine Datei</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>Team {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Track eines zweiten ausgewerteten Teams hinzufügen, um Teams zu vergleichen.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — rot: wo jedes Team am meisten verlor</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>navapp ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>Die Details stehen in
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>Die Details konnten nicht gespeichert werden ({error}); sie wurden ausgegeben.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>navapp ist auf einen Fehler gestoßen: die letzte Aktion wurde evtl. nicht ausgeführt.
Bitte mit der Logdatei melden.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}: der Track hat keine Punkte</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>Die Teams werden verglichen, sobald alle Teams ausgewertet sind.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Abgebrochen: {done} von {total} Teams ausgewertet</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} Teams ausgewertet</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Tracks der Teams öffnen</translation>
    </message>
</context>
<context>
    <name>CrewProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reviewing: the crews already reviewed stay in the window</source>
        <translation>Auswertung abbrechen: die schon ausgewerteten Teams bleiben im Fenster</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>Teams werden ausgewertet…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>Teams werden ausgewertet {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>keine Spalten für Breite und Länge (eine Kopfzeile wie &apos;name,lat,lon&apos; oder Koordinaten in der ersten Zeile)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>Zeile übersprungen: {error}: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>{count} weitere Zeilen übersprungen</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>beschädigt ({what}); davor {count} Wegpunkte gelesen</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>keine Zeile lässt sich als Wegpunkt lesen; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>keine Wegpunkte</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Wegpunkt offen</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Wegpunkt validiert</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Wegpunkt verpasst</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Geschwindigkeitszone beginnt</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Geschwindigkeitszone endet</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Tempolimit überschritten</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Neutralisation beendet</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Gefahren-Box voraus</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Nächste Box nah</translation>
    </message>
    <message>
        <source>GPS lost</source>
        <translation>GPS verloren</translation>
    </message>
    <message>
        <source>GPS back</source>
        <translation>GPS wieder da</translation>
    </message>
    <message>
        <source>Off the route</source>
        <translation>Abseits der Route</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Keine Tonausgabe auf diesem Computer: die Signale sind nicht zu hören.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>Ton für „{cue}“ nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>„{cue}“ kann auf diesem Audiogerät nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message>
        <source>{number} metres</source>
        <translation>{number} Meter</translation>
    </message>
    <message>
        <source>{number} kilometre</source>
        <translation>{number} Kilometer</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} Kilometer</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} Yards</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} Meile</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} Meilen</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>geradeaus</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>halb links</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>halb rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>sharp left</source>
        <translation>scharf links</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>scharf rechts</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>wenden</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>{distance} {turn}, CAP {cap}</translation>
    </message>
    <message>
        <source>{distance}, {turn}</source>
        <translation>{distance} {turn}</translation>
    </message>
    <message>
        <source>{distance}, CAP {cap}</source>
        <translation>{distance}, CAP {cap}</translation>
    </message>
    <message>
        <source>danger {level}</source>
        <translation>Gefahr {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>FOLGEN AUS — ZENTRIEREN</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Noch keine Position: warte auf GPS-Fix</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>NORTH</source>
        <translation>NORD</translation>
    </message>
    <message>
        <source>CENTRE</source>
        <translation>MITTE</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>KURS</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>KEIN GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS: keins — GPS › Quelle…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>Track-Log der abgebrochenen Etappe nicht repariert: {error}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>TEIL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>BIS BOX {number}</translation>
    </message>
</context>
<context>
    <name>DriverDisplay</name>
    <message>
        <source>navapp — driver</source>
        <translation>navapp — Fahrer</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>ABBIEGEN</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>NÄCHSTE BOX</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LIMIT {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>KEIN GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>ÜBER {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>es gibt keine Box {index} (das Roadbook hat {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>Nummer und Teil einer Box ergeben sich aus ihrer Position und ihrem Gesamt</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>Einfügen bei {position} nicht möglich (1 bis {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>das Roadbook hat keine Routenlinie, auf die Boxen gesetzt werden können</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>die Etappe braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>EditorBoxModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulpe</translation>
    </message>
    <message>
        <source>CAP °T</source>
        <translation>CAP °T</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Wegpunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Unbenanntes Roadbook</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>ein neues Roadbook</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>Ungespeicherte Änderungen an {file} wurden um {time} beim letzten Beenden des Editors aufbewahrt. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>KML-Wegpunktlisten (*.kml *.KML *.kmz *.KMZ);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Open roadbook</source>
        <translation>Roadbook öffnen</translation>
    </message>
    <message>
        <source>Import roadbook as new</source>
        <translation>Roadbook als neu importieren</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>KML-Wegpunkte importieren</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Route für diese Wegpunkte (Abbrechen: keine, oder die Linie der KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Aus Track erzeugen</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Erzeugen nicht möglich</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Route aus Track setzen</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Gehe zu Position</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Breite, Länge (z. B. 31.52, -4.21):</translation>
    </message>
    <message>
        <source>Save roadbook as</source>
        <translation>Roadbook speichern unter</translation>
    </message>
    <message>
        <source>A5 pages</source>
        <translation>A5-Seiten</translation>
    </message>
    <message>
        <source>Roll (roadbook reader)</source>
        <translation>Rolle (Roadbook-Reader)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>navapp beenden</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Im Hauptfenster läuft eine Fahrt mit GPS. Beenden und navapp schließen?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>Roadbook als neu &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>&amp;KML-Wegpunkte importieren…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>Aus Track &amp;erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Alle Editorfenster schließen (mit Nachfrage bei ungespeicherten Änderungen) und navapp beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Insert box after</source>
        <translation>Box danach &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>Box &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>Box nach &amp;oben</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>Box nach &amp;unten</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>&amp;Tulpe bearbeiten…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>Etappen&amp;daten…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Name, Einheiten (km oder Meilen) und Beschreibung der Etappe</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Gesamt und CAP aus Route &amp;neu berechnen</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Jede platzierte Box erhält Gesamt, Teil und CAP aus der Routenlinie</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Route aus Trac&amp;k…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>Route ent&amp;fernen</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>Route &amp;zeichnen</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Route auf der Karte zeichnen (Strg+D; Esc auf der Karte: fertig)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Karte anklicken fügt Routenpunkte hinzu; ziehen verschiebt; Entf oder Rechtsklick entfernt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Karte ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Gehe zu Position…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Karte auf einen Ort zentrieren</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Karte auf eingegebene Breite, Länge zentrieren (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>Große &amp;Karte</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>Die Karte nutzt auch den Platz der Boxentabelle (Strg+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Autospeichern fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Box {number} bearbeiten</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Wegpunkt von Box {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Box {number} einfügen</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Box {number} löschen</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Box {number} nach oben</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Box {number} nach unten</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Box auf der Route einfügen</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Box {number} verschieben</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Aus Route neu berechnen</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Etappendaten</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Route setzen</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>Route nicht lesbar</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Route aus {file} setzen</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Route aus {file} gesetzt</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Zeichnen: Klick fügt am Ende an, Umschalt+Klick vor dem Start, Klick auf die Linie fügt ein, Ziehen verschiebt, Entf oder Rechtsklick entfernt, Esc beendet</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Routenzeichnen beendet</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Routenpunkt {number} hinzufügen</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Routenpunkt vor dem Start hinzufügen</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Routenpunkt einfügen</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Routenpunkt {number} verschieben</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Routenpunkt {number} löschen</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Gehe zu: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Karte zentriert auf {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulpe von Box {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Box wählen, um ihre Tulpe zu zeichnen</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 Box</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Boxen: {count}</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Hinweise</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 Hinweis</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ Hinweise: {count}</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Box {number}: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>aus {file}, nicht gespeichert</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>{roadbook}[*] — {where} — Roadbook editor</source>
        <translation>{roadbook}[*] — {where} — Roadbook-Editor</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{count} more failed</source>
        <translation>{count} weitere fehlgeschlagen</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>{count} danach nicht mehr angefragt</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}: {lost} von {total} Kacheln nicht abrufbar ({reasons}); sie bleiben leer</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} Bytes, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>über dem Limit von {limit} Bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>keine Antwort in {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: offline, {missing} von {total} Kacheln nicht im Cache; sie bleiben leer</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: {missing} von {total} Kacheln nicht im Cache; sie bleiben leer</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>Nicht geöffnet: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>nur ein Roadbook auf einmal: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Karte: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}: erst ein Roadbook öffnen, dann seine Fahrten ablegen</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>Wiedergabe von {file}</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>Auswertung von {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}: eine Fahrt, kein Roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}: ein Roadbook; zum Auswerten im Hauptfenster ablegen</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>{files} hinzugefügt</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Alle aufgezeichneten Fahrten</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Roadbook kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Intakter Teil von {file} geöffnet, ungespeichert</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>{file} geöffnet; Speichern fragt nach einer neuen Datei und lässt diese unverändert</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>Roadbook kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importiert</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>KML kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Wegpunkte aus {file} importiert: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>PDF kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>1 Seite nach {file} exportiert</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>Seiten nach {file} exportiert: {pages}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Erzeugen nicht möglich</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>Aufzeichnung {number} von {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>weit entfernte Wegpunkte ausgelassen: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Aus {file} erzeugen</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Boxen aus {file} erzeugt: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Boxen aus {file} erzeugt: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>Wiederherstellen nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Ungespeicherte Änderungen an {file} wiederhergestellt</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>Das Roadbook hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — Warnung: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>Roadbook kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Gespeichert, aber ohne Teile des Roadbooks</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>{file} gespeichert — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Ungespeichertes Roadbook wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>keine Kartendatei, die navapp liest (MBTiles oder PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>keine FIT-Datei (kein &apos;.FIT&apos;-Header)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>falsche Prüfsumme</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>die Datei endet vorzeitig</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}; davor kein Datensatz mit Position</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>keine Datensätze mit Position</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}; {count} Punkte gelesen</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>{no_position} Datensätze ohne Position übersprungen</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>Zeiten relativ zum Einschalten, ohne Datum: verworfen</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>{count} Datensätze außerhalb des Bereichs übersprungen</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>{out} Kurspunkte außerhalb des Bereichs übersprungen</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>{count} vom Empfänger als ohne Fix markiert</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>{count} beim Kaltstart</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>{count} in GPS-Sprüngen</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>{count} mit rückläufiger Zeit</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>{total} Punkte sind keine Positionen und wurden ausgelassen: {reasons}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>AUSSCHLUSS</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>der Track braucht mindestens zwei Positionen (er hat {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>der Track ist nur {length} m lang</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>Abstands- und Abbiege-Einstellungen müssen positive Zahlen sein</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>keiner der {count} Punkte des Tracks ist eine Position (der Empfänger hatte keinen Fix)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>der Track braucht mindestens zwei Positionen (er hat {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>Aufzeichnung {number} von {count}: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>{left_out} der {count} Wegpunkte der Datei liegen mehr als {distance} m von dieser Route entfernt und wurden ausgelassen</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Roadbook aus Track erzeugen</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und weitere: {count}</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Aufzeichnungen in dieser Datei: {count} (getrennt bei Lücken über {hours} h oder {distance} km). Das Roadbook entsteht aus einer davon:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (längste)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>Die Aufzeichnung, aus der das Roadbook entsteht</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Eine Kurve mindestens so scharf erhält eine Box</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Box bei Kurven schärfer als</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Keine zwei Boxen weiter auseinander als dies</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Boxen höchstens alle</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Kurven näher als dies an einer anderen Box entfallen</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Boxen mindestens</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>KEIN GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS VERLOREN</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>WIEDERGABE ENDE</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>kein Fix</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — Fix, Satelliten: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — Fix</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>KEIN GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>KEIN FIX {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>WIEDERGABE PAUSE</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>keine GPS-Quelle</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>seit {seconds} s kein Fix — {source} meldet keine Position</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — warte auf Daten</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>seit {seconds} s keine GPS-Daten — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>seit {seconds} s keine GPS-Daten — {source} ist verstummt</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>kein Positionsdienst auf diesem Rechner (Qt Positioning hat kein Backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}: keine Antwort vom Positionsdienst in {wait} — läuft er? Oder seriell bzw. gpsd wählen unter GPS › Quelle…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — warte auf Daten</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}: Port weg — neue Verbindung in {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}: {reason} — neuer Versuch in {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — neue Verbindung in {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} gestoppt</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>keine Wiedergabedatei gewählt</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>Verbinde mit {host}:{port}…</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
</context>
<context>
    <name>Gpx</name>
    <message>
        <source>not a GPX file</source>
        <translation>keine GPX-Datei</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>keine brauchbare GPX-Datei: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>Box {index} hat keine Koordinaten; einfaches GPX braucht sie</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>ungültige Zeit {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; ohne lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} ist keine Zahl</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTDs und Entities sind in navapp-Dateien nicht erlaubt</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>keine GPX-Datei (Wurzelelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>kein gültiges XML: die Datei endet vor ihrem ersten vollständigen Punkt</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>die Datei endet vorzeitig; {count} Punkte gelesen</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>keine Trackpunkte</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>keine Fixes (IGC-B-Datensätze)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>{bad} unlesbare Fixes übersprungen</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>kein Flugdatum (HFDTE): Zeiten verworfen</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>{count} Fixes außerhalb des Bereichs übersprungen</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>keine Fixes (IGC-B-Datensätze) im Bereich</translation>
    </message>
</context>
<context>
    <name>KeyLabel</name>
    <message>
        <source>Vol +</source>
        <extracomment>How often the controller polls the tracker while a key is held for a hold or a repeat. Keys that do nothing in a text field, so they reach the controller even while one has focus. Widgets where the keyboard is for typing: the controller leaves their keys alone. Shifted characters and the key that types them on a US keyboard, for platforms that give no scan code: Shift+= is pressed as &quot;+&quot; and, once Shift is up, released as &quot;=&quot;.</extracomment>
        <translation>Laut +</translation>
    </message>
    <message>
        <source>Vol −</source>
        <translation>Laut −</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Nächster Titel</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Vorh. Titel</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild ↑</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ↓</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
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
        <translation>ungültige KML-Koordinaten {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>KML-Koordinaten außerhalb des Bereichs: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>die Datei endet vorzeitig; {count} Ortsmarken gelesen</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>keine KML-Datei (Wurzelelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>Ortsmarke {label} hat keine Koordinaten</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>keine Routenlinie in dieser Datei</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>keine Ortsmarken mit Punkt in dieser KML</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>navapp nutzt die gewählte Sprache ab dem nächsten Start. Rallye-Begriffe (CAP, DSS, ASS, WPM, DZ…) bleiben, wie Teams sie nutzen; Tripmaster und Roadbook-Boxen behalten den Dezimalpunkt, wie gedruckte Roadbooks und Tripmaster.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Zahlen und Daten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Roadbook öffnen: Datei › Öffnen…</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Wegpunkte</translation>
    </message>
    <message>
        <source>GPS: {error}</source>
        <translation>GPS: {error}</translation>
    </message>
    <message>
        <source>Resume the stage?</source>
        <translation>Etappe fortsetzen?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>Fahrt kann nicht wiedergegeben werden</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}: keine GPS-Fixes</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>Wiedergabe einer beschädigten Fahrt</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook beschädigt</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Roadbook öffnen</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Roadbook kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Unbenanntes Roadbook</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Aufgezeichnete Fahrten auswerten</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>erst ein Roadbook öffnen, dann Fahrten damit auswerten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>Karten&amp;steuerung</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>Karten&amp;quelle</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Ganze Etappe zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>über dem Tempolimit</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>abseits der Route</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>Geschwindigkeitszone</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>verpasster Wegpunkt</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Tempo ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ {count} weitere Teams</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>min. Abst. {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Kein Roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>Die Boxen haben keine Positionen für die Karte</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Leere Karte: zu einem Ort gehen (Strg+G), um dort die Route zu zeichnen</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Box {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Route zeichnen · Klick: am Ende anfügen · Umschalt+Klick: vor dem Start · Klick auf Linie: einfügen · Klick auf Box: wählen · Ziehen: verschieben · Entf oder Rechtsklick: entfernen · Esc: fertig</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Route zeichnen · Esc: fertig</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Keine Routenlinie: eine zeichnen (Strg+D), um Boxen auf der Karte zu platzieren</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Route anklicken fügt eine Box hinzu · Box entlang der Route ziehen</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole route (Home)</source>
        <translation>Ganze Route zeigen (Pos1)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name} hat {count} Bytes, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} ist kein PNG-, JPEG- oder WebP-Bild</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>ist ein Ordner, keine Kartendatei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Kartendatei hinzufügen…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>Die Karte unter der Route</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Wie deutlich die Karte unter der Route erscheint</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Nur Kartendateien und zwischengespeicherte Kacheln zeigen: kein Netz</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Kartendatei hinzufügen</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Kartendatei hinzufügen…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Offline-Karte: MBTiles oder PMTiles mit Rasterkacheln</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>z. B. Topo zu Hause</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© Urheber der Karte, wie vom Server verlangt</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Kachelserver hinzufügen</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Offline: nie Kacheln laden (nur Kartendateien und Cache)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Verfügbare Karten</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Kachelserver hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Max. Zoom</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Netz und Cache</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens behalten</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Gespeicherte Karte verworfen: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}: navapp kennt diesen Server bereits</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Kartendatei hinzufügen</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (Kachelserver, integriert)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (Kartendatei)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (Kachelserver)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>Kachel {z}/{x}/{y} hat {size} Bytes, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>Kachel {z}/{x}/{y} ist kein Bild, sondern Text</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>keine MBTiles-Karte: keine Tabelle tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>keine Tabelle metadata: Name, Zoomstufen und Grenzen geschätzt</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>enthält Vektorkacheln; navapp zeichnet nur Rasterkarten</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>unbekanntes Kachelformat {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>kein Kachelformat in den Metadaten: aus jeder Kachel ermittelt</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>ungültiges minzoom/maxzoom in den Metadaten: aus den Kacheln ermittelt</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>die Karte hat keine Kacheln</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>Zoomstufen {low}..{high} außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>kein Kachelindex: Kacheln laden langsam aus einer großen Datei</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>ungültige Grenzen {text} in den Metadaten: ignoriert</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>die Kartendatei ist beschädigt (Datenbank unlesbar)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>keine MBTiles-Karte (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>die Kartendatei ist beschädigt (fehlerhafte Datenbank)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>keine MBTiles-Karte ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>Kartendatei nicht lesbar: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>&amp;Roadbook bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>Fahrt &amp;auswerten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Quelle…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Trip</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Drive view</source>
        <translation>&amp;Fahransicht</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>&amp;Roadbook-Boxen</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>D&amp;immer (Nacht)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Fa&amp;hreranzeige</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Trai&amp;ning</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Maskiert: nur aktuelle Box</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>&amp;Ohne CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>Nur &amp;Distanz</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>PDF-Rolle &amp;zoomen: Distanzen / ganze Seite</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>&amp;Über navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>{key} halten</translation>
    </message>
    <message>
        <source>{path}
+ waypoints from {list}</source>
        <translation>{path}
+ Wegpunkte aus {list}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Keep the stage</source>
        <translation>Etappe behalten</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Neue Etappe starten</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>GPS-Quelle geändert</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>Die GPS-Quelle wechselt während der Etappe zu {source}.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Etappe behalten: Trip, Box und Wegpunkte laufen von hier weiter.
Neue Etappe starten: alles beginnt wieder bei null.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>navapp wurde während dieser Etappe beendet (Trip {trip} {unit}, Box {box}). An dieser Stelle fortsetzen?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>Der Dimmer wirkt nachts: Ansicht › Nachtmodus</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Dimmer {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Dimmer aus</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>keine NMEA-Sätze gefunden</translation>
    </message>
</context>
<context>
    <name>OdometerWidget</name>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Openrally</name>
    <message>
        <source>{what} is not a number: {text}</source>
        <translation>{what} ist keine Zahl: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} ist keine endliche Zahl: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} muss eine ganze Zahl sein: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>{what} negativ: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>Radius {attr} muss positiv sein: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>Tempolimit muss positiv sein: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>unbekannte Einheiten {raw} (erwartet metric oder statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>Wegpunkt hat keine OpenRally-Distanz</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>keine GPX-Datei (Wurzelelement &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>das PDF ist passwortgeschützt; eine ungeschützte Kopie speichern</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>das PDF nutzt einen nicht unterstützten Schutz; eine ungeschützte Kopie speichern</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>kein lesbares PDF (beschädigt)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>kein lesbares PDF (beschädigt oder ohne Seiten)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>das PDF hat {mb} MB; navapp liest PDFs bis {limit} MB</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>keine PDF-Datei (kein %PDF-Header)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>das PDF hat {count} Seiten; navapp liest bis zu {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>Seite {page} nicht lesbar (PDF beschädigt)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>Seite {page} misst {width} x {height} Punkt, kein Format, auf dem Roadbooks gedruckt werden</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>Seite {page} nicht darstellbar (PDF beschädigt)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>keine Box-Zeilen auf den Seiten gefunden: nichts zu folgen</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>keine Textebene (ein Scan): {rows} Zeilen gefunden, aber die Rolle kann dem Tripmaster nicht folgen; von Hand scrollen</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>{count} von {rows} Zeilen haben keine Distanz in der Textebene: danach kann die Rolle dem Tripmaster nicht folgen</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>KEINE LESBAREN DISTANZEN: ROLLE FOLGT NICHT DEM TRIPMASTER · ▲ ▼ VERSCHIEBEN</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>VON HAND GEROLLT: NICHT DIE AKTUELLE BOX · AUTO (A) KEHRT ZURÜCK</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TRAINING MASKIERT</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>kein lesbares PDF</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>das PDF ist passwortgeschützt</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>die Verschlüsselung des PDF wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>das PDF konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>MASKIERT</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>PDF kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>Kachel {z}/{x}/{y}: Verzeichnisse zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>die Kartendatei ist geschlossen</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what} liegt hinter dem Dateiende (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>der Header</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>keine PMTiles-Kartendatei</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>der PMTiles-Header ist abgeschnitten</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles-Version {version}; navapp liest Version 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>ungültiger PMTiles-Header ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>Zoomstufen {low}..{high} außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>enthält Vektorkacheln; navapp zeichnet nur Rasterkarten</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>Kacheltyp {name} ist nicht PNG, JPEG oder WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>Kacheln sind {name}-komprimiert; navapp liest nur unkomprimierte</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what} mit {name} komprimiert</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what} ist beschädigt (ungültige gzip-Daten)</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what} entpackt über {limit} Bytes</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>Metadaten zu groß: ignoriert</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>die Metadaten</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>Metadaten unlesbar: Name und Quellenangabe unbekannt</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>Metadaten sind kein JSON-Objekt: ignoriert</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>ein Verzeichnis von {length} Bytes überschreitet das Limit</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>ein Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>ein Verzeichnis ist ungeordnet (beschädigt)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name} hat {length} Bytes, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>keine PMTiles-Kartendatei (leer)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>Punkt ohne {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} ist keine Zahl: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} ist keine endliche Zahl: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} außerhalb des Bereichs: {text}</translation>
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
        <translation>Dieses Roadbook hat keine Boxen.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>Seite {page} / {pages}</translation>
    </message>
    <message>
        <source>RESET {distance}</source>
        <translation>RESET {distance}</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>No track</source>
        <translation>Kein Track</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>keine Höhendaten in diesem Track</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max. {speed}</translation>
    </message>
</context>
<context>
    <name>Recordings</name>
    <message>
        <source>the track has no positions</source>
        <translation>der Track hat keine Positionen</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>es gibt keine Aufzeichnung {number} (der Track enthält {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>ab {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}: {when}, {points} Punkte, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>der Track enthält {count} Aufzeichnungen (dazwischen Lücken von mehr als {hours} h oder {km} km):</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>das Roadbook entsteht aus Aufzeichnung {number} (der längsten)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>das Roadbook entsteht aus Aufzeichnung {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>nicht unterstütztes Roadbook-Format &apos;{format}&apos; (navapp liest {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>die Datei endet vorzeitig; {boxes} Boxen und {points} Routenpunkte gelesen</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>die Datei endet vorzeitig; {boxes} Boxen gelesen</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>kein PDF-Roadbook: nur ein PDF wird von unten nach oben oder von oben nach unten gelesen</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>nicht unterstütztes Trackformat &apos;{format}&apos;: weder GPX noch NMEA (navapp liest GPX-, KML-, TCX-, FIT- und IGC-Tracks und NMEA-Logs, meist {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>der Track hat weniger als zwei Punkte</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>unbekanntes Ausgabeformat &apos;{to}&apos; (bekannt: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>Ausgabeformat aus &apos;{name}&apos; nicht erkennbar; --to verwenden</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (kurz drücken) ist schon mit „{action}“ belegt.</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (halten) ist schon mit „{action}“ belegt.</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>{key} halten wiederholt schon „{action}“.</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} wird für „{held}“ gehalten und kann „{action}“ nicht wiederholen.</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>Tastenbelegung {line} ignoriert: erwartet key:press=action</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>Tastenbelegung {line} ignoriert: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>Tastenbelegung {line} ignoriert: {binding} ist doppelt belegt</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>Taste drücken…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Kurz drücken</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Zelle anklicken (oder Enter darauf), dann die Taste drücken. Esc bricht ab, Rücktaste löscht.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherst.</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Touch-Tasten in der Fahransicht (aus: nur Tasten und Fernbedienung)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Halten nach</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Standardtasten wiederhergestellt.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Taste für „{action}“ drücken (kurz).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Taste für „{action}“ drücken (halten).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} ist bereits für „{action}“ belegt.</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Dort erst löschen.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} für „{action}“ belegt.</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>„{action}“ gelöscht.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>Wiedergabe {speed}× beendet — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>Wiedergabe {speed}× angehalten — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>Wiedergabe {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>Wiedergabe {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Stage</source>
        <translation>Etappe</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Gefahrene {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Validiert / verpasst</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Strafe</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Teams: {crews} · Datum: {date} · Roadbook {distance}, Boxen: {boxes} · Uhrzeiten in UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}: Zeiten, Tempo, Zonen und Stopps nicht bewertbar.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Wegpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closest m</source>
        <translation>Min. Abst. m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Wegpunkte</translation>
    </message>
    <message>
        <source>Speed zones</source>
        <translation>Geschwindigkeitszonen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Limit {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Einfahrt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausfahrt</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Zonen-Max. {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Verstoß ab</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Spitze {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Max. Abst. m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Abseits der Route</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopps</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Nach Box</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>DN-Box</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>FN-Box</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>Zu früh um</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralisationen</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>Markiert: die {count} größten Verluste je Team.</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Karte: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}: kein Tempoprofil</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>kein Track: kein Tempoprofil</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>Zeit seit dem ersten Fix (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>Distanz entlang des Tracks (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>der Berichtsgenerator ist nicht verfügbar</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>dieses Team hat keine Auswertung zum Exportieren</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>ein Bericht wird bereits geschrieben</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>Lade Karte für den Bericht {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Bericht geschrieben: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>HTML-Bericht (*.html);;Abschnittstabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>Roadbook rück&amp;wärts (unten nach oben)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Dieses PDF-Roadbook von unten nach oben (aktiviert) oder von oben nach unten lesen; wird für die Datei gemerkt</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Erst ein PDF-Roadbook öffnen: nur ein PDF-Roadbook wird von unten nach oben gelesen</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Ab &amp;letzter Seite beginnen</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Dieses Rückwärts-Roadbook vom Fuß der letzten Seite bis Seite 1 lesen (aktiviert) oder jede Seite von unten nach oben in Seitenfolge; wird für die Datei gemerkt</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Erst „Roadbook rückwärts“ aktivieren: nur ein Rückwärts-PDF-Roadbook beginnt dort</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>Roadbook andersherum lesen?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>Die Etappe beginnt wieder bei null (Trip, Box und Wegpunkte), die Zeilen {way} gelesen. Jetzt {way} lesen?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>von unten nach oben ab letzter Seite</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>von unten nach oben</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>von oben nach unten</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} {way} gelesen</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>der Track hat keine Punkte</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>die Auswertung braucht Box-Koordinaten, und dieses Roadbook hat keine (seine Wegpunkte liegen alle bei 0,0, wie im offiziellen OpenRally-Beispiel)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>der Track hat keine brauchbaren Positionen ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>der Track hat keine Zeiten: Tempo, Zonen, Stopps und Abschnittszeiten brauchen sie</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>das Roadbook hat keine Routenlinie: Boxen gerade verbunden, abseits der Route übersprungen</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>der Track kommt der Route nie näher als {distance} m: ist es das richtige Roadbook?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>zu schnell</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>abseits der Route</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>Neutralisation</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}: min. Abstand {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}: min. Abstand {distance} m (Validierung {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>Strafe {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}: max. {speed} km/h während {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>bis {distance} m abseits der Route während {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>Halt {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>gefordert {required}, nicht beendet</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>gefordert {required}, gebraucht {taken}, {early} s zu früh weg</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>gefordert {required}, gebraucht {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>keine Zeiten in diesem Track</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Gefahrene {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Abw. {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Ø {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Max. {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Zeit seit dem Start an jeder Box (Rückstand auf den Führenden)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Rückstand ges.</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Abschnitte: Zeit (Rückstand auf den Schnellsten)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Zu schnell</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Strafe</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Teams, das schnellste zuerst (Zeit bis zur letzten Box, die alle passiert haben)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Auswertung — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Etappe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Teamvergleich</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Ab DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Zeit jedes Teams ab seinem DSS zählen, nicht ab Trackbeginn</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Fahransicht zur Reglerzeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>Tracks der Teams ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Karte ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Zeit ab &amp;DSS jedes Teams</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht gewertet</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ nicht diese Etappe?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>verpasst: {missed}, zu schnell: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>schnellstes</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>Auswertung nicht verfügbar: der Track wird ungewertet gezeigt</translation>
    </message>
    <message>
        <source>{track}: {error}</source>
        <translation>{track}: {error}</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}: keine DSS-Zeit in diesem Track, ab Trackbeginn gezählt</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}: dieser Track konnte nicht gegen die Etappe gewertet werden.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}: {warning} {missed} von {count} Wegpunkten verpasst.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km entlang des Tracks</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  Box {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>größer als {limit} MB: kein Roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>keine Rally-Navigator-Datei: kein UTF-8-Text (Byte {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>keine Rally-Navigator-Datei: ungültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>keine Rally-Navigator-Datei: ungültiges JSON ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>keine Rally-Navigator-Datei: kein &quot;route&quot;-Objekt</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>Rally-Navigator-Dateiversion {version}; navapp liest Version {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>keine &quot;waypoints&quot;-Liste</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>keine Wegpunkte</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>mehr als {limit} Wegpunkte: kein Roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>Wegpunkt {number} ist kein Objekt</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>Wegpunkt {number} hat kein gültiges lat/lon</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>Wegpunkt {value} hat kein &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>Wegpunkt {number}: ungültige Zeichnung {cell}</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>keine Roadbook-Boxen (kein Wegpunkt mit show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>mehr als {limit} Boxen: kein Roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>nicht aus Tulpen und Notizen übernommen: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>nicht in .rn2 geschrieben: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>Box {index} hat keine Koordinaten; .rn2 braucht sie</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>das Roadbook hat keine Boxen</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>die Routenlinie hat einen Punkt; eine .rn2 braucht zwei oder mehr: einen weiteren zeichnen oder ihn entfernen</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>die Routenlinie hat {count} Punkte; eine .rn2 fasst höchstens {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>die .rn2 hätte {size} MB, mehr als die {limit} MB, die navapp liest: erst die Routenlinie ausdünnen</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Asphalt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Kleine Piste</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Offroad</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Dünenquerung</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}: die Änderung ergab kein Roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Kein Roadbook — Datei › Öffnen…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 Box</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Boxen: {count}</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Etappe {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>keine Koordinaten</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) ist keine Position auf der Erde</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>es gibt keinen Routenpunkt {number} (die Route hat {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>die Route hat kein Segment zum Einfügen eines Punkts</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>dort ist schon ein Routenpunkt</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>der Track hat keine Position zum Vergleich mit der Route</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>Keine Fahrt dieser Etappe? Er bleibt {km} km von der Route entfernt (Median) und deckt {share} der Route ab.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>Keine Fahrt dieser Etappe? Er bleibt {km} km von der Route entfernt (Median).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>Keine Fahrt dieser Etappe? Er deckt {share} der Route ab.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTDs und Entities sind in navapp-Dateien nicht erlaubt</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>kein gültiges XML: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>kein gültiges XML: die Datei endet vorzeitig (mitten im Element abgeschnitten, wie bei unvollständigem Kopieren oder Speichern)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>Datei enthält kein XML-Dokument</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>GESPERRT · HALTEN: ENTSPERREN</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>seriell {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>keine navapp-Sitzungsdatei</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>beschädigte Sitzungsdatei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Fernbed. &amp;&amp; Tasten</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Tripmaster</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>three hundred metres, left, CAP 120</source>
        <translation>dreihundert Meter links, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>Gefahr drei</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>nur !!!</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! und !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! und !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>Lautstärke {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Diesen Ton jetzt mit der gezeigten Lautstärke abspielen, auch wenn stumm.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Alle Töne stumm</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Boxen ansagen („dreihundert Meter links, CAP 120“)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Stimme: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Nächste Box nah: näher als</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Abseits der Route: weiter als</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Über Tempolimit: wiederholen alle</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Gefahrenbox: Boxen mit</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>GPS-Quelle</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>ein GPX-Track, NMEA-Log, FIT- oder IGC-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Wiedergabedatei</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>Seriell NMEA</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>Der Positionsdienst des Betriebssystems (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Hier verfügbar: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>Auf diesem Rechner ist kein Positionsdienst verfügbar.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Systemposition</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Aufgezeichnete Fahrt wiedergeben</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>Keine Sprachausgabe auf diesem Computer (unter Linux: speech-dispatcher installieren und starten).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Etappendaten</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>z. B. Etappe 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>Was die Teams über die Etappe wissen sollten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>Die Distanzen bleiben gleich; das Roadbook druckt sie in diesen Einheiten.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>Die Etappe braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>KEIN FIX</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>KEIN FIX · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>{count} Sat</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPPE</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>{distance} in {time} — {validated} waypoints validated, {missed} missed, overspeeds: {overspeeds}</source>
        <translation>{distance} in {time} — Wegpunkte validiert: {validated}, verpasst: {missed}, Überschreitungen: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Verpasste Wegpunkte</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>min. Abstand {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>nie nah</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>Box {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>Zone ab Box {number}</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max. {speed}</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Drive summary</source>
        <translation>Fahrtübersicht</translation>
    </message>
</context>
<context>
    <name>SymbolPalette</name>
    <message>
        <source>Filter symbols</source>
        <translation>Symbole filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Click a symbol, then click the drawing; Enter places it</source>
        <translation>Symbol anklicken, dann die Zeichnung; Enter platziert es</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Kein Symbol passt zum Filter</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>Systemposition nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>Systemposition</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>Systemposition ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — warte auf Fix</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} gestoppt</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>kein Fix</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>Dienst beendet</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
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
        <translation>Einer der größten Zeitverluste dieses Teams</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>Karte: hineinzoomen für {map} (Kacheln ab Zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>Karte: {map} deckt diesen Ort nicht ab</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>Karte: hineinzoomen für {map}</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung beendet</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>über {count} Bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>keine Antwort in {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>Kacheln: {map}: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>Zoom {zoom} liegt außerhalb {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>Bereich {box} ist nicht endlich</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>Südgrenze {south} liegt nördlich der Nordgrenze {north}</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>der Bereich braucht mehr als {limit} Kacheln bei Zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>keine Kachel {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>kein Zoom für {m_per_px} Meter pro Pixel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>Kacheln ab Zoom {low}; diese Ansicht ist bei Zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>keine übergeordnete Kachel {levels} Stufen über {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>und {dropped} weitere dieser Art</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>zu groß für ein Tulip-Roadbook (über {limit} MB)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>kein Tulip-Roadbook: JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>kein Tulip-Roadbook: ungültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>die Datei ist in Zeile {line} beschädigt ({reason}); {count} vollständige Routenpunkte gelesen</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>kein Tulip-Roadbook: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>kein Tulip-Roadbook: keine instructions-Liste</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>mehr als {limit} Routenpunkte</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>{bad} Routenpunkte ohne brauchbares lat/long übersprungen</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>Box {box}: unbekannter Wegpunkttyp {type} ausgelassen</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>keine instructions in diesem Tulip-Roadbook</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>mehr als {limit} instructions</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>Box {box}: kmFromStart {raw} geht zurück; die Routendistanz wird verwendet</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>Boxen ohne kmFromStart: {missing}; ihr Gesamt ist die Routendistanz</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>Box {box}: kmFromStart {raw} km, aber {measured} km entlang der Route (Gesamt wie in der Datei gedruckt beibehalten)</translation>
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
        <translation>TEIL</translation>
    </message>
    <message>
        <source>SET TOTAL</source>
        <translation>GES. SETZEN</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>BOX</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>KARTE</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>SPERRE</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>HOLD TO UNLOCK</source>
        <translation>HALTEN: ENTSPERREN</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>alle {count} Punkte haben dieselbe Zeit: Tempo, Zonen, Stopps und Abschnittszeiten übersprungen</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>alle {count} Punkte mit Zeit haben dieselbe Zeit: Tempo, Zonen, Stopps und Abschnittszeiten übersprungen</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>kein navapp-Tracklog</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Hundredths (12.34)</source>
        <translation>Hundertstel (12.34)</translation>
    </message>
    <message>
        <source>Tenths (12.3)</source>
        <translation>Zehntel (12.3)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Restdistanz bis zur nächsten Box zeigen</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Trip bei Validierung auf Boxdistanz setzen</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>Der Korrekturschritt ist, was ein Druck auf Trip + oder Trip − addiert. Die Kalibrierung skaliert die GPS-Distanz: +1.00 % addiert 10 m pro km.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Korrekturschritt</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Dezimalstellen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Wegpunkte</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Toleranz Geschw.-Zone</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} außerhalb [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>ein Tulpentext braucht 1 bis {limit} Zeichen</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>ein Tulpentext darf U+{code} nicht enthalten</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>unbekannter Wegtyp {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>ungültige Symbol-ID {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>unbekannter Eintragstyp {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>mehr als {limit} {name}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>eine Tulpe ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>keine navapp-Tulpe einer bekannten Version</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>Tulpen-JSON fehlt oder ist zu groß</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>ungültiges Tulpen-JSON: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} muss eine Liste sein</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>mehr als {limit} {key}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>ein Tulpen-Element ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>{key} fehlt</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>unbekannter Wegtyp {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Text, Enter platziert</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Tulpenzeichnung</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Wählen / verschieben</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Wege, Symbole und Texte wählen und ziehen; Ring anklicken fügt einen Weg hinzu</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>S&amp;ymbol platzieren</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>In die Zeichnung klicken, um das rechts gewählte Symbol zu platzieren</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Te&amp;xt hinzufügen</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>In die Zeichnung klicken, wo der Text hin soll, tippen, Enter</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Wege</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>&amp;Einfahrt</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>&amp;Gewählter Weg</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>Weg &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Weg in der größten Lücke hinzufügen (Einfg oder N in der Zeichnung)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Gewählten Weg, Symbol oder Text löschen (Entf)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Pfeil ziehen zum Drehen (Umschalt: freier Winkel, Strg: Länge). Ring anklicken fügt einen Weg hinzu.
Tasten: Bild↑/Bild↓ wählen · ←/→ drehen oder verschieben · ↑/↓ Länge oder verschieben · Einfg Weg hinzu · Entf löschen · +/− Größe · R Symbol drehen · F2 Text bearbeiten</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Sy&amp;mbole</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts gewählt</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Ausfahrt: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Einfahrt: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Weg {number}: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Symbol: {symbol}</source>
        <translation>Symbol: {symbol}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Text: {text}</translation>
    </message>
</context>
<context>
    <name>TulipEditorDialog</name>
    <message>
        <source>Edit tulip</source>
        <translation>Tulpe bearbeiten</translation>
    </message>
    <message>
        <source>A&amp;uto from route</source>
        <translation>A&amp;uto aus Route</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Wege so zeichnen, wie die Route hier abbiegt (Symbole und Texte bleiben)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Gefahr !</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Gefahr !!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Gefahr !!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Hauptpiste</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Kleine Piste</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Asphalt</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Autobahn</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Unter Brücke</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Kreisverkehr</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Gabelung</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Kreuzung</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>T-Kreuzung</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Spitzkehre</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Sand</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Weicher Sand</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-Fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Steine</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Felsen</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Spurrillen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Stufe abwärts</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Stufe aufwärts</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Buckel</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Loch</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Senke</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Kuppe</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Düne</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Dünenkette</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Kleine Dünen</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Salzsee</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Schlamm</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Furt</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wadi</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Steilhang</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dorf</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Ruine</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Moschee</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Marabut</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Friedhof</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Pylon</source>
        <translation>Mast</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>Stromleitung</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Bahnlinie</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mauer</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Zaun</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Stacheldraht</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Viehgitter</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Graben</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Damm</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Steinmann</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Schild</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Km-Stein</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Brunnen</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Wassertank</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Tankstelle</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palme</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Busch</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Wald</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Kamelgras</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Acker</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Keep left</source>
        <translation>Links halten</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Rechts halten</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Geradeaus</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Abseits der Piste</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Keine Einfahrt</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Gefahren</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Wege</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetation</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>navapp-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Ein Tripmaster zeigt nie weniger als null. Das Gesamt der Box so eingeben, wie der Tripmaster der Teams es dort zeigt, oder auf die Box davor einen Reset setzen.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>Der Tripmaster der Teams zählt nur aufwärts, diese Box käme also vor die darüber. Ihr Gesamt korrigieren, sie an ihren Platz verschieben oder einer früheren Box einen Trip-Reset geben.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Ein CAP ist ein Kompasskurs von 0 bis 360°. Den Kurs eingeben, dem die Teams folgen.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>Gefahren werden mit 1, 2 oder 3 markiert (! bis !!!). Die Stufe im Feld Gefahr der Box wählen.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Ein Team muss im Öffnungsradius sein, bevor es nah genug zur Validierung kommt, also muss der Validierungsradius der kleinere sein. Ihn verkleinern oder den Öffnungsradius vergrößern.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Ein FZ beendet eine Geschwindigkeitszone, aber kein DZ hat eine begonnen. Der DZ-Box ihren DZ-Wegpunkt geben oder dieses FZ entfernen.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Ein Team, das in eine Geschwindigkeitszone einfährt, muss ihr Limit kennen. Es im Feld Tempo km/h der Box eingeben.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Eine Geschwindigkeitszone ohne Ende begrenzt das Team bis ins Ziel. Eine FZ-Box dort hinzufügen, wo die Zone endet.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Zwei Wegpunkte mit gleichem Typ und Namen werden am Tripmaster und in den Ergebnissen verwechselt. Einen davon umbenennen oder umnummerieren.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>Die Box liegt weit von der Routenlinie entfernt, ist also wohl falsch platziert. Sie auf der Karte auf die Route ziehen oder Gesamt und CAP aus Route neu berechnen.</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Auf die Route in der Karte klicken, eine Box einfügen oder die Boxen aus einem Track erzeugen.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>negatives Gesamt {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>Gesamt {total} km ist kleiner als {previous} km der vorigen Box</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>CAP {cap} liegt außerhalb 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>Gefahr {danger} ist nicht 1, 2 oder 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}: Validierungsradius {clear} m ist nicht kleiner als Öffnungsradius {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ ohne DZ davor</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ ohne Tempolimit</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ hat kein FZ vor dem nächsten DZ bei Box {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ ohne sein FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>Wegpunkt {type} {name} auch bei Box {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>Box liegt {offset} m von der Routenlinie entfernt</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>das Roadbook hat keine Boxen</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Wegpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closest</source>
        <translation>Min. Abst.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}: Eintrag &apos;{label}&apos; der Wegpunktliste passt zu keiner Box</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}: Eintrag &apos;{label}&apos; der Wegpunktliste bei km {km} passt zu keiner Box</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}: {box} hat keinen Eintrag in der Wegpunktliste; behält ihre eigenen Koordinaten</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}: {box} hat keinen Eintrag in der Wegpunktliste; bleibt ohne Koordinaten</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>&amp;Wegpunktliste hinzufügen…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Wegpunkte des Roadbooks aus der Liste des Veranstalters platzieren (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Erst ein Roadbook öffnen: eine Wegpunktliste platziert die Wegpunkte eines Roadbooks</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>Wegpunktliste hinzufügen?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>Die Etappe beginnt mit den Positionen der Liste wieder bei null: Trip, Box und Wegpunkte. Liste jetzt hinzufügen?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Wegpunktlisten ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + Wegpunkte aus {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Wegpunktliste hinzufügen</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>Wegpunktliste nicht lesbar</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Wegpunkte aus {list}: {placed} von {count} Wegpunkt-Boxen platziert</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Wegpunktliste</translation>
    </message>
    <message>
        <source>+ waypoints from {list}</source>
        <translation>+ Wegpunkte aus {list}</translation>
    </message>
</context>
<context>
    <name>WaypointListFile</name>
    <message>
        <source>unsupported waypoint list &apos;{format}&apos; (navapp reads {items})</source>
        <translation>nicht unterstützte Wegpunktliste &apos;{format}&apos; (navapp liest {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>kein Wegpunkt mit Koordinaten in dieser Liste</translation>
    </message>
</context>
<context>
    <name>WaypointPanel</name>
    <message>
        <source>WAYPOINT</source>
        <translation>WEGPUNKT</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>von {count}</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDIERT</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>VERPASST</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WEGPUNKT OFFEN</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>NÄCHSTER WEGPUNKT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Willkommen bei navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Einem Rallye-Raid-Roadbook folgen, mit Tripmaster, CAP und Wegpunkten, gespeist von GPS oder einer aufgezeichneten Fahrt. Jede Aktion geht per Tastatur oder Fernbedienung. Mehr unter Hilfe › Benutzerhandbuch (F1).</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>&amp;Demo-Etappe öffnen
Trainingsetappe Erg Chebbi, mit Wiedergabe ihrer aufgezeichneten Fahrt</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>&amp;GPS-Quelle wählen…
Serieller Empfänger, gpsd, Systemposition oder Wiedergabe</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>&amp;Fernbedienung und Tasten…
Welche Taste was tut, Halte- und Wiederholzeiten</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>&amp;Roadbook öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>Position außerhalb des Bereichs: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>ungültige Zeit {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>ungültige Zahl {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>die Datei endet vorzeitig; {count} Punkte gelesen</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>die KMZ enthält kein .kml-Dokument</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>{filename} in der KMZ ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>keine lesbare KMZ-Datei (zip): {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>keine KML-Datei (Wurzelelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>kein Track in dieser KML (kein gx:Track oder LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>ein gx:Track hat {count} Zeiten für {positions} Positionen; die ersten {read} gelesen</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>ungültiges gx:coord {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>{empty} Trackpunkte ohne Position übersprungen</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>ungültige KML-Koordinaten {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>keine TCX-Datei (Wurzelelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>{no_position} Trackpunkte ohne Position übersprungen</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>keine Trackpunkte in dieser TCX</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>dem Kachelserver einen Namen geben (bis 80 Zeichen)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}: angeben, wessen Karte es ist (die vom Server verlangte Quellenangabe)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}: Zoomstufen sind ganze Zahlen</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}: die Zoomstufen müssen {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high} sein</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}: Kacheln zwischen einem Moment und 3650 Tagen behalten</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}: die Adresse muss eine Zeile ohne Leerzeichen sein</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}: {url} ist keine Webadresse</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}: die Adresse muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}: keinen Benutzernamen und kein Passwort in die Adresse schreiben</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}: die Adresse hat keinen Servernamen</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}: unbekannter Platzhalter {{{unknown}}}; {{z}}, {{x}}, {{y}} und {{s}} verwenden</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}: die Adresse braucht {{z}}, {{x}} und {{y}}</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}: eine Klammer in der Adresse ist kein Platzhalter</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}: {{s}} braucht Subdomains, z. B. abc oder a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>Kachel {z}/{x}/{y}: {reason}</translation>
    </message>
</context>
</TS>
