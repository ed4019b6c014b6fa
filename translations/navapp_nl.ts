<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>niet geïnstalleerd</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>zie het pakket</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

Navigatie- en roadbook-app voor rally-raidbemanningen.

Licentie: GNU General Public License, versie 3 of later ({licence}).

Toon details voor de credits en de bibliotheken die navapp gebruikt.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>Over navapp</translation>
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
        <translation>Deelafstand op nul</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Totaal op vak zetten</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Volgend vak</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Vorig vak</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Auto-doorschuiven hervatten</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Nachtmodus</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Waypointlijst</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Afspelen pauzeren</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Dimmer: donkerder</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Dimmer: lichter</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Kaart: inzoomen</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Kaart: uitzoomen</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Kaart: koers boven / noord boven</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Kaart: op auto centreren</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Geen vak geselecteerd</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Tulp bewerken…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Tulp verwijderen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Gevaar</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>Reset naar</translation>
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
        <translation>naam / nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Leeg: standaard uit de regeltabel (grijs). Typ om te wijzigen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>valid.</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Stralen m</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Total {unit}</source>
        <translation>Totaal {unit}</translation>
    </message>
    <message>
        <source>Speed {unit}</source>
        <translation>Snelheid {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Vak {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Vak {number}  (geen positie)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>geen tulp</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>kan niet tonen</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>ook: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>DZ-limiet</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>alleen in een DZ-vak</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>totaal: een vak heeft een totale afstand nodig</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Totaal van vak {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP van vak {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Gevaar van vak {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>Reset van vak {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stop van vak {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralisatie</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralisatie van vak {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>snelheidslimiet</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Snelheidslimiet van vak {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Notities van vak {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} in vak {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Tulp van vak {number} verwijderen</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint van vak {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>openingsstraal</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>validatiestraal</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Brandstof</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Coörd. tonen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Helikopter</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Brandweer</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — geen</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: &apos;{text}&apos; is geen getal</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: &apos;{text}&apos; is geen geheel getal</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>opent nooit</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>altijd open</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>GEMASKEERD</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>NAAR VOLG. VAK</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO UIT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAAL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>NAAR VAK {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TRAINING GEMASKEERD</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulp</translation>
    </message>
    <message>
        <source>Notes drawing</source>
        <translation>Notitietekening</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Reset {distance}</source>
        <translation>Reset {distance}</translation>
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
        <translation>Neutralisatie {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Tijdcontrole {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Tijdcontrole</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Brandstof</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>de limiet van de tegelcache moet boven 0 MB liggen, niet {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}: kan de tegelcache niet maken: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>ongeldige bronnaam voor de tegelcache {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>geen tegel {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP en koers</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Geografisch noorden (zoals in roadbooks)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnetisch (World Magnetic Model op de positie van de auto)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnetisch, vaste declinatie</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Graden oost van geografisch noorden; west is negatief.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>KOERS °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>DRAAI</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>een kaartregel is geen tabel met waarden</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>een kaartregel heeft een onbekend soort {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>een kaartregel heeft geen naam</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}: de kaartregel heeft geen bestand</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}: de zooms lopen achterstevoren ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}: {field} is geen enkele regel tekst</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}: {field} is geen zoom {low}..{high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>de kaartregel heeft geen bestand</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>bemanning {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Voeg een tweede beoordeelde track toe om bemanningen te vergelijken.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — in rood: waar elke bemanning het meest verloor</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>navapp stuitte op een fout</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>De details staan in
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>De details konden niet worden opgeslagen ({error}); ze zijn afgedrukt.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>navapp stuitte op een fout: uw laatste actie is mogelijk niet uitgevoerd.
Meld dit met het logbestand.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}: de track heeft geen punten</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>De bemanningen worden vergeleken zodra alle bemanningen zijn geanalyseerd.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Geannuleerd: {done} van {total} bemanningen geanalyseerd</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} bemanningen geanalyseerd</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Tracks van bemanningen openen</translation>
    </message>
</context>
<context>
    <name>CrewProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop reviewing: the crews already reviewed stay in the window</source>
        <translation>Analyse stoppen: de al geanalyseerde bemanningen blijven in het venster</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>Bemanningen analyseren…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>Bemanningen analyseren {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>geen kolommen breedte en lengte (een kop zoals &apos;name,lat,lon&apos;, of coördinaten in de eerste regel)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>regel overgeslagen: {error}: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>nog meer regels overgeslagen: {count}</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>beschadigd ({what}); waypoints ervoor gelezen: {count}</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>geen regel leest als waypoint; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>geen waypoints</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Waypoint geopend</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Waypoint gevalideerd</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Waypoint gemist</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Snelheidszone in</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Snelheidszone uit</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Te snel</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Neutralisatie voorbij</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Gevarenvak verderop</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Volgend vak dichtbij</translation>
    </message>
    <message>
        <source>GPS lost</source>
        <translation>GPS verloren</translation>
    </message>
    <message>
        <source>GPS back</source>
        <translation>GPS terug</translation>
    </message>
    <message>
        <source>Off the route</source>
        <translation>Van de route af</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Geen geluidsuitvoer op deze computer: de meldingen zijn niet te horen.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>geluid van “{cue}” onleesbaar: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>“{cue}” kan niet op dit geluidsapparaat worden afgespeeld.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message>
        <source>{number} metres</source>
        <translation>{number} meter</translation>
    </message>
    <message>
        <source>{number} kilometre</source>
        <translation>{number} kilometer</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} kilometer</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} yard</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} mijl</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} mijl</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>rechtdoor</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>flauw links</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>flauw rechts</translation>
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
        <translation>scherp links</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>scherp rechts</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>keren</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>over {distance} {turn}, CAP {cap}</translation>
    </message>
    <message>
        <source>{distance}, {turn}</source>
        <translation>over {distance} {turn}</translation>
    </message>
    <message>
        <source>{distance}, CAP {cap}</source>
        <translation>over {distance}, CAP {cap}</translation>
    </message>
    <message>
        <source>danger {level}</source>
        <translation>gevaar {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>VOLGEN UIT — CENTREREN</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Nog geen positie: wachten op GPS-fix</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>NORTH</source>
        <translation>NOORD</translation>
    </message>
    <message>
        <source>CENTRE</source>
        <translation>CENTREER</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>KOERS</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>GEEN GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS: geen — GPS › Bron…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>tracklog van de gestopte etappe niet hersteld: {error}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAAL</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>DEEL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>NAAR VAK {number}</translation>
    </message>
</context>
<context>
    <name>DriverDisplay</name>
    <message>
        <source>navapp — driver</source>
        <translation>navapp — rijder</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>DRAAI</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>VOLG. VAK</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LIMIET {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>GEEN GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>BOVEN {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>er is geen vak {index} (vakken in het roadbook: {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>nummer en deelafstand van een vak volgen uit zijn plaats en totaal</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>kan niet invoegen op {position} (1 tot {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>het roadbook heeft geen routelijn om vakken op te plaatsen</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>de etappe heeft een naam nodig</translation>
    </message>
</context>
<context>
    <name>EditorBoxModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulp</translation>
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
        <translation>Notities</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Naamloos roadbook</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>een nieuw roadbook</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>Niet-opgeslagen wijzigingen in {file} zijn om {time} bewaard toen de editor stopte. Herstellen?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>KML-waypointlijsten (*.kml *.KML *.kmz *.KMZ);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Open roadbook</source>
        <translation>Roadbook openen</translation>
    </message>
    <message>
        <source>Import roadbook as new</source>
        <translation>Roadbook importeren als nieuw</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>KML-waypoints importeren</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Route voor deze waypoints (Annuleren: geen, of de eigen lijn van de KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Genereren uit track</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Kan niet genereren</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Route uit track</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Ga naar positie</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Breedte, lengte (bijv. 31.52, -4.21):</translation>
    </message>
    <message>
        <source>Save roadbook as</source>
        <translation>Roadbook opslaan als</translation>
    </message>
    <message>
        <source>A5 pages</source>
        <translation>A5-pagina&apos;s</translation>
    </message>
    <message>
        <source>Roll (roadbook reader)</source>
        <translation>Rol (roadbookhouder)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>navapp afsluiten</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Een rit volgt de GPS in het hoofdvenster. Beëindigen en afsluiten?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>Roadbook &amp;importeren als nieuw…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>&amp;KML-waypoints importeren…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>&amp;Genereren uit track…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Alle editorvensters sluiten (met vraag over niet-opgeslagen wijzigingen) en navapp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Insert box after</source>
        <translation>Vak &amp;invoegen na</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>Vak &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>Vak om&amp;hoog</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>Vak o&amp;mlaag</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>&amp;Tulp bewerken…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>&amp;Etappe-eigenschappen…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Naam, eenheden (km of mijl) en beschrijving van de etappe</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Totalen en CAP&apos;s he&amp;rberekenen uit route</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Elk geplaatst vak krijgt totaal, deelafstand en CAP uit de routelijn</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Route uit trac&amp;k…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>Route verwij&amp;deren</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>Route teke&amp;nen</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Route op de kaart tekenen (Ctrl+D; Esc op de kaart: klaar)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Klik op de kaart om routepunten toe te voegen, sleep ze, Delete of rechtsklik verwijdert</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Kaart &amp;passend</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Ga naar positie…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Kaart op een plaats centreren</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Ga naar…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Kaart centreren op ingetypte breedte, lengte (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>Grote &amp;kaart</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>De kaart neemt ook de ruimte van de vaktabel (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Automatisch opslaan mislukt: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bewerkingsgeschiedenis</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Vak {number} bewerken</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint van vak {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Vak {number} invoegen</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Vak {number} verwijderen</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Vak {number} omhoog</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Vak {number} omlaag</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Vak op de route invoegen</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Vak {number} verschuiven</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Herberekenen uit route</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Etappe-eigenschappen</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route verwijderen</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Route instellen</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>Kan route niet lezen</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Route uit {file}</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Route ingesteld uit {file}</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Tekenen: klik voegt toe aan het eind, Shift+klik vóór de start, klik op de lijn voegt in, slepen verplaatst, Del of rechtsklik verwijdert, Esc stopt</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Route tekenen beëindigd</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Routepunt {number} toevoegen</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Routepunt vóór de start toevoegen</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Routepunt invoegen</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Routepunt {number} verplaatsen</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Routepunt {number} verwijderen</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Ga naar: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Kaart gecentreerd op {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulp van vak {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Selecteer een vak om de tulp te tekenen</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 vak</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Vakken: {count}</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Geen bevindingen</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 bevinding</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ Bevindingen: {count}</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Vak {number}: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>uit {file}, niet opgeslagen</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>{roadbook}[*] — {where} — Roadbook editor</source>
        <translation>{roadbook}[*] — {where} — Roadbookeditor</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{count} more failed</source>
        <translation>nog meer mislukt: {count}</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>daarna niet meer gevraagd: {count}</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}: {lost} van {total} tegels niet opgehaald ({reasons}); ze blijven leeg</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>boven de limiet van {limit} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>geen antwoord binnen {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>server niet gevonden</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>beveiligde verbinding mislukt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>de server heeft de verbinding gesloten</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: offline, {missing} van {total} tegels niet in de cache; ze blijven leeg</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: {missing} van {total} tegels niet in de cache; ze blijven leeg</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>Niet geopend: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>één roadbook tegelijk: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geopend</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Kaart: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}: open eerst een roadbook en sleep dan de ritten erop</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>{file} wordt afgespeeld</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>Analyse van {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}: een rit, geen roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}: een roadbook; sleep het op het hoofdvenster om erop te analyseren</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>{files} toegevoegd</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Alle opgenomen ritten</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Kan roadbook niet openen</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Het intacte deel van {file} geopend, niet opgeslagen</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>{file} geopend; Opslaan vraagt een nieuw bestand en laat dit ongewijzigd</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geopend</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>Kan roadbook niet importeren</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} geïmporteerd</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>Kan KML niet importeren</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Waypoints geïmporteerd uit {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>Kan PDF niet exporteren</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>1 pagina geëxporteerd naar {file}</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>Pagina&apos;s geëxporteerd naar {file}: {pages}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Kan niet genereren</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>opname {number} van {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>verre waypoints weggelaten: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Genereren uit {file}</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Vakken gegenereerd uit {file}: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Vakken gegenereerd uit {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>Kan niet herstellen: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Niet-opgeslagen wijzigingen in {file} hersteld</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>Het roadbook heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — waarschuwing: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>Kan roadbook niet opslaan</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Opgeslagen zonder een deel van het roadbook</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>{file} opgeslagen — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} opgeslagen</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Niet-opgeslagen roadbook herstellen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>geen kaartbestand dat navapp leest (MBTiles of PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>geen FIT-bestand (geen &apos;.FIT&apos;-kop)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>ongeldige controlesom</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>het bestand houdt te vroeg op</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>beschadigd ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}; geen record met positie ervoor</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>geen records met een positie</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}; punten gelezen: {count}</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>records zonder positie overgeslagen: {no_position}</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>tijden vanaf inschakelen, zonder datum: weggelaten</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>records buiten bereik overgeslagen: {count}</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>koerspunten buiten bereik overgeslagen: {out}</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>{count} door de ontvanger als geen fix gemarkeerd</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>{count} koude start</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>{count} in GPS-sprongen</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>{count} met teruglopende tijd</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>punten zonder positie weggelaten: {total} ({reasons})</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>UITSLUITING</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>de track heeft minstens twee posities nodig (heeft er {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>de track is maar {length} m lang</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>afstand- en bochtinstellingen moeten positieve getallen zijn</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>geen van de punten van de track ({count}) is een positie (de ontvanger had geen fix)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>de track heeft minstens twee posities nodig (heeft er {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>opname {number} van {count}: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>{left_out} van de {count} waypoints in het bestand liggen meer dan {distance} m van deze route en zijn weggelaten</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Roadbook genereren uit track</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Opnamen in dit bestand: {count} (gesplitst bij gaten van meer dan {hours} h of {distance} km). Het roadbook wordt gemaakt uit één ervan:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (langste)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>De opname waaruit het roadbook wordt gemaakt</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Een bocht minstens zo scherp krijgt een vak</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Vak bij bochten scherper dan</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Geen twee vakken verder uit elkaar dan dit</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Vakken hoogstens elke</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Bochten dichter dan dit bij een ander vak worden weggelaten</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Vakken minstens</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>GEEN GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS VERLOREN</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUZE</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>EINDE AFSPELEN</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>geen fix</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — fix, satellieten: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — fix</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>GEEN GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>GEEN FIX {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>AFSPELEN GEPAUZEERD</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>geen GPS-bron</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>geen fix sinds {seconds} s — {source} meldt geen positie</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — wacht op gegevens</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>geen GPS-gegevens sinds {seconds} s — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>geen GPS-gegevens sinds {seconds} s — {source} zwijgt</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>geen positiedienst op deze computer (Qt Positioning heeft geen backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}: geen antwoord van de positiedienst binnen {wait} — draait die? Of kies serieel of gpsd in GPS › Bron…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — wacht op gegevens</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}: poort weg — opnieuw verbinden over {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}: {reason} — nieuwe poging over {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — opnieuw verbinden over {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} gestopt</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>geen afspeelbestand gekozen</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>verbinden met {host}:{port}…</translation>
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
        <translation>geen GPX-bestand</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>geen bruikbaar GPX-bestand: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>vak {index} heeft geen coördinaten; gewone GPX heeft ze nodig</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>ongeldige tijd {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} is geen getal</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; zonder lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} is geen getal</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} buiten bereik</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD&apos;s en entiteiten zijn niet toegestaan in navapp-bestanden</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>geen GPX-bestand (hoofdelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>geen geldige XML: het bestand houdt op vóór het eerste volledige punt</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>het bestand houdt te vroeg op; punten gelezen: {count}</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>geen trackpunten</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>geen fixes (IGC B-records)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>onleesbare fixes overgeslagen: {bad}</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>geen vluchtdatum (HFDTE): tijden weggelaten</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>fixes buiten bereik overgeslagen: {count}</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>geen fixes (IGC B-records) binnen bereik</translation>
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
        <translation>Dempen</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Volg. nummer</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Vorig nummer</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Afspelen/Pauze</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
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
        <translation>ongeldige KML-coördinaten {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>KML-coördinaten buiten bereik: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>het bestand houdt te vroeg op; placemarks gelezen: {count}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>geen KML-bestand (hoofdelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>placemark {label} heeft geen coördinaten</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>geen routelijn in dit bestand</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>geen placemarks met een punt in deze KML</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Systeemtaal ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>navapp gebruikt de gekozen taal vanaf de volgende start. Rallytermen (CAP, DSS, ASS, WPM, DZ…) blijven zoals bemanningen ze gebruiken; tripmasters en roadbookvakken houden de decimale punt, zoals gedrukte roadbooks en tripmasters.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Getallen en datums</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Open een roadbook: Bestand › Openen…</translation>
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
        <translation>Etappe hervatten?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>Kan rit niet afspelen</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}: geen GPS-fixes</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>Beschadigde rit wordt afgespeeld</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geopend</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook beschadigd</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Roadbook openen</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Kan roadbook niet openen</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Naamloos roadbook</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Opgenomen ritten analyseren</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>open eerst een roadbook en analyseer daarna de ritten ertegen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>Kaart&amp;bediening</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>&amp;Kaartbron</translation>
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
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Hele etappe tonen (Home)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Bemanning {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>boven de snelheidslimiet</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>naast de route</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>snelheidszone</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>gemist waypoint</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Snelheid ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ {count} andere bemanningen</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>dichtst {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Geen roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>De vakken hebben geen posities voor de kaart</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Lege kaart: ga naar een plaats (Ctrl+G) om daar de route te tekenen</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Vak {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Route tekenen · klik: toevoegen aan het eind · Shift+klik: vóór de start · klik op de lijn: invoegen · klik op een vak: selecteren · slepen: verplaatsen · Del of rechtsklik: verwijderen · Esc: klaar</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Route tekenen · Esc: klaar</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Geen routelijn: teken er een (Ctrl+D) om vakken op de kaart te plaatsen</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Klik op de route om een vak toe te voegen · sleep een vak langs de route</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the whole route (Home)</source>
        <translation>Hele route tonen (Home)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name} is {count} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} is geen PNG-, JPEG- of WebP-afbeelding</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>is een map, geen kaartbestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Geen kaart</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Kaartbestand toevoegen…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>De kaart onder de route</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Hoe sterk de kaart onder de route zichtbaar is</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Alleen kaartbestanden en gecachte tegels tonen: geen netwerk</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Kaartbestand toevoegen</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Kaartbestand toevoegen…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Een offline kaart: MBTiles of PMTiles met rastertegels</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>bijv. Topo thuis</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© van wie de kaart is, zoals de server vraagt</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Tegelserver toevoegen</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Offline: nooit tegels ophalen (alleen kaartbestanden en gecachte tegels)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache wissen</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Beschikbare kaarten</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Tegelserver toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Max. zoom</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Netwerk en cache</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Maximaal bewaren</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>Nu in cache</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Opgeslagen kaart verwijderd: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}: deze server staat al in navapp</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Kaartbestand toevoegen</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (tegelserver, ingebouwd)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (kaartbestand)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (tegelserver)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>tegel {z}/{x}/{y} is {size} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>tegel {z}/{x}/{y} is geen afbeelding maar tekst</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>geen MBTiles-kaart: geen tabel tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>geen metadatatabel: naam, zooms en grenzen geschat</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>bevat vectortegels; navapp tekent alleen rasterkaarten</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>onbekend tegelformaat {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>geen tegelformaat in de metadata: per tegel bepaald</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>ongeldige minzoom/maxzoom in de metadata: uit de tegels gehaald</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>de kaart heeft geen tegels</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>zoomniveaus {low}..{high} buiten bereik</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>geen tegelindex: tegels laden traag uit een groot bestand</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>ongeldige grenzen {text} in de metadata: genegeerd</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>het kaartbestand is beschadigd (onleesbare database)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>geen MBTiles-kaart (geen SQLite-database)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>het kaartbestand is beschadigd (misvormde database)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>geen MBTiles-kaart ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>kan het kaartbestand niet lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>Re&amp;cent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>&amp;Roadbook bewerken…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>Rit &amp;analyseren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Bron…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Tripmaster</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Drive view</source>
        <translation>&amp;Ritweergave</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>Roadbook&amp;vakken</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>&amp;Dimmer (nacht)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Rijder&amp;scherm</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Trai&amp;ning</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Gemaskeerd: alleen huidig vak</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>Zonder &amp;CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>Alleen &amp;afstand</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>&amp;Zoom PDF-rol: afstanden / hele pagina</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Welkomstpagina</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>&amp;Over navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>{key} vasthouden</translation>
    </message>
    <message>
        <source>{path}
+ waypoints from {list}</source>
        <translation>{path}
+ waypoints uit {list}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Keep the stage</source>
        <translation>Etappe behouden</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Nieuwe etappe starten</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>GPS-bron gewijzigd</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>De GPS-bron wijzigt tijdens de etappe naar {source}.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Etappe behouden: trip, vak en waypoints gaan vanaf hier verder.
Nieuwe etappe starten: alles begint weer bij nul.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>navapp stopte tijdens deze etappe (trip {trip} {unit}, vak {box}). Hervatten waar het stopte?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>De dimmer werkt &apos;s nachts: Weergave › Nachtmodus</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Dimmer {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Dimmer uit</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>geen NMEA-zinnen gevonden</translation>
    </message>
</context>
<context>
    <name>OdometerWidget</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAAL</translation>
    </message>
</context>
<context>
    <name>Openrally</name>
    <message>
        <source>{what} is not a number: {text}</source>
        <translation>{what} is geen getal: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} is geen eindig getal: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} moet een geheel getal zijn: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>negatief: {what}: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>straal {attr} moet positief zijn: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>snelheidslimiet moet positief zijn: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>onbekende eenheden {raw} (verwacht metric of statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>waypoint heeft geen OpenRally-afstand</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>geen GPX-bestand (hoofdelement &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>de PDF is met een wachtwoord beveiligd; sla een onbeveiligde kopie op</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>de PDF gebruikt een niet-ondersteunde beveiliging; sla een onbeveiligde kopie op</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>geen leesbare PDF (beschadigd)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>geen leesbare PDF (beschadigd, of zonder pagina&apos;s)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>de PDF is {mb} MB; navapp leest PDF&apos;s tot {limit} MB</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>geen PDF-bestand (geen %PDF-kop)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>de PDF heeft geen pagina&apos;s</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>pagina&apos;s in de PDF: {count}; navapp leest er tot {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>pagina {page} is onleesbaar (beschadigde PDF)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>pagina {page} is {width} x {height} punten, geen paginaformaat voor een roadbook</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>pagina {page} kan niet getekend worden (beschadigde PDF)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>geen vakrijen gevonden op de pagina&apos;s: niets te volgen</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>geen tekstlaag (een scan): rijen gevonden: {rows}, maar de rol kan de tripmaster niet volgen; scroll met de hand</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>{count} van {rows} rijen hebben geen afstand in de tekstlaag: de rol kan de tripmaster daarna niet volgen</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>GEEN LEESBARE AFSTANDEN: DE ROL VOLGT DE TRIPMASTER NIET · ▲ ▼ VERSCHUIVEN</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>HANDMATIG GESCROLLD: NIET HET HUIDIGE VAK · AUTO (A) GAAT ERNAAR TERUG</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TRAINING GEMASKEERD</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>geen leesbare PDF</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>de PDF is beveiligd met een wachtwoord</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>de PDF is versleuteld op een niet-ondersteunde manier</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>de PDF kon niet worden gelezen</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>GEMASKEERD</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>Kan de PDF niet tonen: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>tegel {z}/{x}/{y}: mappen te diep genest</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>het kaartbestand is gesloten</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what} ligt voorbij het einde van het bestand (afgekapt?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>de kop</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>geen PMTiles-kaartbestand</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>de PMTiles-kop is afgekapt</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles-versie {version}; navapp leest versie 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>ongeldige PMTiles-kop ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>zoomniveaus {low}..{high} buiten bereik</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>bevat vectortegels; navapp tekent alleen rasterkaarten</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>tegeltype {name} is geen PNG, JPEG of WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>tegels zijn met {name} gecomprimeerd; navapp leest alleen ongecomprimeerde</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what} gecomprimeerd met {name}</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what} is beschadigd (ongeldige gzip-gegevens)</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what} pakt uit tot meer dan {limit} bytes</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>metadata te groot: genegeerd</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>de metadata</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>onleesbare metadata: naam en bronvermelding onbekend</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>metadata is geen JSON-object: genegeerd</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>een map van {length} bytes is boven de limiet</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>een map is beschadigd</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>een map is niet op volgorde (beschadigd)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name} is {length} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>geen PMTiles-kaartbestand (leeg)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>punt zonder {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} is geen getal: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} is geen eindig getal: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} buiten bereik: {text}</translation>
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
        <translation>Dit roadbook heeft geen vakken.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>pagina {page} / {pages}</translation>
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
        <translation>Geen track</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>geen hoogte in deze track</translation>
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
        <translation>de track heeft geen posities</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>er is geen opname {number} (opnamen in de track: {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>tijd onbekend</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>vanaf {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}: {when}, punten: {points}, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>opnamen in de track: {count} (gaten van meer dan {hours} h of {km} km ertussen):</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>het roadbook is gemaakt uit opname {number} (de langste)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>het roadbook is gemaakt uit opname {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>niet-ondersteund roadbookformaat &apos;{format}&apos; (navapp leest {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>het bestand houdt te vroeg op; gelezen: vakken {boxes}, routepunten {points}</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>het bestand houdt te vroeg op; vakken gelezen: {boxes}</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>geen PDF-roadbook: alleen een PDF wordt van onder naar boven of van boven naar onder gelezen</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>niet-ondersteund trackformaat &apos;{format}&apos;: geen GPX of NMEA (navapp leest GPX-, KML-, TCX-, FIT- en IGC-tracks en NMEA-logs, meestal {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>de track heeft minder dan twee punten</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>onbekend uitvoerformaat &apos;{to}&apos; (bekend: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>kan het uitvoerformaat niet afleiden uit &apos;{name}&apos;; gebruik --to</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (kort drukken) is al gekoppeld aan “{action}”.</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (vasthouden) is al gekoppeld aan “{action}”.</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>{key} vasthouden herhaalt al “{action}”.</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} wordt vastgehouden voor “{held}”, dus kan “{action}” niet herhalen.</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>toetskoppeling {line} genegeerd: verwacht key:press=action</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>toetskoppeling {line} genegeerd: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>toetskoppeling {line} genegeerd: {binding} is dubbel gekoppeld</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>druk op een toets…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Kort drukken</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Klik op een cel (of druk er Enter op) en druk dan de toets. Esc annuleert, Backspace wist.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Aanraakknoppen op het ritscherm (uit: alleen toetsen en afstandsbediening)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Vasthouden na</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Herhalen elke</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Standaardtoetsen hersteld.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Druk de toets voor “{action}” (kort drukken).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Druk de toets voor “{action}” (vasthouden).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} is al ingesteld voor “{action}”.</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Wis het daar eerst.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} ingesteld voor “{action}”.</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>“{action}” gewist.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>herhaalt</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>afspelen {speed}× klaar — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>afspelen {speed}× gepauzeerd — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>afspelen {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>afspelen {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>afspelen</translation>
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
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Gereden {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Gevalideerd / gemist</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Overtredingen</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Straf</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Bemanningen: {crews} · Datum: {date} · Roadbook {distance}, vakken: {boxes} · Kloktijden in UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}: tijden, snelheden, zones en stops niet te beoordelen.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Vak</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closest m</source>
        <translation>Dichtst m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zones</source>
        <translation>Snelheidszones</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Limiet {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Zone max {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Begin overtreding</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Piek {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Verst m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Buiten route</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Na vak</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>Vak DN</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>Vak FN</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>Te vroeg</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralisaties</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>Gemarkeerd: de grootste verliezen per bemanning ({count}).</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Kaart: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}: geen snelheidsprofiel</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>geen track: geen snelheidsprofiel</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>tijd sinds de eerste fix (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>afstand langs de track (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>de rapportgenerator is niet beschikbaar</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>deze bemanning heeft geen analyse om te exporteren</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>er wordt al een rapport geschreven</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>Kaart ophalen voor het rapport {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Rapport geschreven: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapport geschreven: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>HTML-rapport (*.html);;Sectietabel (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>Roadbook &amp;omgekeerd (van onder naar boven)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Dit PDF-roadbook van onder naar boven lezen (aangevinkt) of van boven naar onder; wordt onthouden</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Open eerst een PDF-roadbook: alleen een PDF-roadbook wordt van onder naar boven gelezen</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Beginnen bij de &amp;laatste pagina</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Dit omgekeerde roadbook lezen van onderaan de laatste pagina tot pagina 1 (aangevinkt) of elke pagina van onder naar boven in paginavolgorde; wordt onthouden</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Vink eerst Roadbook omgekeerd aan: alleen een omgekeerd PDF-roadbook begint daar</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>Roadbook andersom lezen?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>De etappe begint weer bij nul met de rijen {way} gelezen: trip, vak en waypoints. Nu {way} lezen?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>van onder naar boven vanaf de laatste pagina</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>van onder naar boven</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>van boven naar onder</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} {way} gelezen</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>de track heeft geen punten</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>analyse vraagt coördinaten van de vakken, en dit roadbook heeft er geen (alle waypoints op 0,0, zoals het officiële OpenRally-voorbeeld)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>de track heeft geen bruikbare posities ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>de track heeft geen tijden: nodig voor snelheden, zones, stops en sectietijden</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>het roadbook heeft geen routelijn: vakken recht verbonden, buiten route overgeslagen</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>de track komt nooit binnen {distance} m van de route: is dit het juiste roadbook?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Vak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>gevalideerd</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>te snel</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>naast de route</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralisatie</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}: dichtst {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}: dichtst {distance} m (validatie {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>uitsluiting</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>straf {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}: max. {speed} km/h gedurende {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>tot {distance} m naast de route gedurende {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>gestopt {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>vereist {required}, niet voltooid</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>vereist {required}, duurde {taken}, {early} s te vroeg vertrokken</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>vereist {required}, duurde {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>geen tijden in deze track</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Gereden {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Afwijking {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Gem. {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Max {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Tijd sinds de start bij elk vak (achterstand op de leider)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Vak</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Totale achterstand</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Secties: tijd (achterstand op de snelste)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Te snel</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Straf</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Bemanningen, de snelste eerst (tijd tot het laatste vak dat allen passeerden)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Analyse — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etappe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Bemanningen vergeleken</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Vanaf DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Tijd van elke bemanning tellen vanaf haar DSS, niet vanaf het begin van de track</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Bemanningen</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Ritweergave op de tijd van de schuifbalk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>Tracks van bemanningen &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Kaart &amp;passend</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Tijd vanaf &amp;DSS per bemanning</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Bemanning {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ niet deze etappe?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>gemist: {missed}, te snel: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>snelste</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>de analysemodule is niet beschikbaar: de track wordt onbeoordeeld getoond</translation>
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
        <translation>niet geanalyseerd</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}: geen DSS-tijd in deze track, geteld vanaf het begin</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}: deze track kon niet tegen de etappe worden beoordeeld.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}: {warning} Waypoints gemist: {missed} van {count}.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km langs de track</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  vak {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>groter dan {limit} MB: geen roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>geen Rally Navigator-bestand: geen UTF-8-tekst (byte {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>geen Rally Navigator-bestand: ongeldige JSON ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>geen Rally Navigator-bestand: ongeldige JSON ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>geen Rally Navigator-bestand: geen object &quot;route&quot;</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>Rally Navigator-bestand versie {version}; navapp leest versie {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>geen lijst &quot;waypoints&quot;</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>geen waypoints</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>meer dan {limit} waypoints: geen roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>waypoint {number} is geen object</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>waypoint {number} heeft geen geldige lat/lon</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>waypoint {value} heeft geen &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>waypoint {number}: ongeldige tekening {cell}</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>geen roadbookvakken (geen waypoint met show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>meer dan {limit} vakken: geen roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>niet overgenomen uit de tulpen en notities: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>niet in .rn2 geschreven: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>vak {index} heeft geen coördinaten; .rn2 heeft ze nodig</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>het roadbook heeft geen vakken</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>de routelijn heeft één punt; een .rn2 vraagt er twee of meer: teken er nog een of verwijder hem</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>punten in de routelijn: {count}; een .rn2 bevat er hoogstens {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>de .rn2 zou {size} MB zijn, meer dan de {limit} MB die navapp leest: dun eerst de routelijn uit</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Asfalt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Smalle piste</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Buiten de piste</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Duinoversteek</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}: de bewerking gaf geen roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Geen roadbook — Bestand › Openen…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 vak</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Vakken: {count}</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Etappe {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>geen coördinaten</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) is geen positie op aarde</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>er is geen routepunt {number} (routepunten: {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>de route heeft geen segment om een punt op in te voegen</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>daar ligt al een routepunt</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>de track heeft geen positie om met de route te vergelijken</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>Geen rit van deze etappe? Hij blijft {km} km van de route (mediaan) en dekt {share} van de route.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>Geen rit van deze etappe? Hij blijft {km} km van de route (mediaan).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>Geen rit van deze etappe? Hij dekt {share} van de route.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD&apos;s en entiteiten zijn niet toegestaan in navapp-bestanden</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>geen geldige XML: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>geen geldige XML: het bestand houdt te vroeg op (afgekapt midden in een element, zoals bij een onvoltooide kopie of opslag)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>bestand bevat geen XML-document</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>HOUD VAST</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>VERGRENDELD · HOUD VAST</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>serieel {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>geen navapp-sessiebestand</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>beschadigd sessiebestand</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Afstandsbediening &amp;&amp; toetsen</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Tripmaster</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>three hundred metres, left, CAP 120</source>
        <translation>driehonderd meter, links, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>gevaar drie</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>alleen !!!</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! en !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! en !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>Volume {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Dit geluid nu afspelen op het getoonde volume, gedempt of niet.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Alle geluid dempen</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Vakken uitspreken (“driehonderd meter, links, CAP 120”)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Stem: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Geluiden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Volgend vak dichtbij: minder dan</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Naast de route: meer dan</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Boven de snelheidslimiet: herhalen elke</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Gevarenvak: vakken gemarkeerd</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>GPS-bron</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>een GPX-track, NMEA-log, FIT- of IGC-bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Afspeelbestand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>Serieel NMEA</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>De locatiedienst van het besturingssysteem (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Hier beschikbaar: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>Geen locatiedienst beschikbaar op deze computer.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Systeempositie</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Opgenomen rit afspelen</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>Geen spraakengine op deze computer (op Linux: installeer en start speech-dispatcher).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Etappe-eigenschappen</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>bijv. Etappe 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Mijl</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>Wat de bemanningen over de etappe moeten weten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Eenheden</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>Afstanden blijven gelijk; het roadbook drukt ze af in deze eenheden.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>De etappe heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>GEEN FIX</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>GEEN FIX · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>{count} sat</translation>
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
        <translation>{distance} in {time} — waypoints gevalideerd: {validated}, gemist: {missed}, snelheidsovertredingen: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Gemiste waypoints</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>dichtst {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>nooit dichtbij</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>vak {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Snelheidsovertredingen</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>zone vanaf vak {number}</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max. {speed}</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Drive summary</source>
        <translation>Ritoverzicht</translation>
    </message>
</context>
<context>
    <name>SymbolPalette</name>
    <message>
        <source>Filter symbols</source>
        <translation>Symbolen filteren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbolen</translation>
    </message>
    <message>
        <source>Click a symbol, then click the drawing; Enter places it</source>
        <translation>Klik op een symbool en dan op de tekening; Enter plaatst het</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Geen symbool past bij het filter</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>systeempositie niet beschikbaar: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>systeempositie</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>systeempositie ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — wachten op fix</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} gestopt</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>geen fix</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>dienst gesloten</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
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
        <translation>Een van de grootste verliezen van deze bemanning</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>kaart: zoom in om {map} te zien (tegels vanaf zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>kaart: {map} dekt deze plaats niet</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>kaart: zoom in om {map} te zien</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>de server sloot de verbinding</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>server niet gevonden</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>beveiligde verbinding mislukt</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>meer dan {count} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>geen antwoord binnen {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>tegels: {map}: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>zoom {zoom} ligt buiten {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>kader {box} is niet eindig</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>zuidgrens {south} van het kader ligt ten noorden van de noordgrens {north}</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>het kader vraagt meer dan {limit} tegels op zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>geen tegel {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>geen zoom voor {m_per_px} meter per pixel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>de tegels beginnen op zoom {low}; deze weergave staat op zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>geen oudertegel {levels} niveaus boven tegel {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>en nog meer zoals deze: {dropped}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet lezen: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>te groot voor een Tulip-roadbook (meer dan {limit} MB)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>geen Tulip-roadbook: JSON te diep genest</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>geen Tulip-roadbook: ongeldige JSON ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>het bestand is beschadigd op regel {line} ({reason}); volledige routepunten gelezen: {count}</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>geen Tulip-roadbook: de JSON is geen object</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>geen Tulip-roadbook: geen lijst instructions</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>meer dan {limit} routepunten</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>routepunten zonder bruikbare lat/long overgeslagen: {bad}</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>vak {box}: onbekend waypointtype {type} weggelaten</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>geen instructions in dit Tulip-roadbook</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>meer dan {limit} instructions</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>vak {box}: kmFromStart {raw} loopt terug; de routeafstand wordt gebruikt</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>vakken zonder kmFromStart: {missing}; hun totaal is de routeafstand</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>vak {box}: kmFromStart {raw} km maar {measured} km langs de route (totalen behouden zoals in het bestand)</translation>
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
        <translation>DEEL</translation>
    </message>
    <message>
        <source>SET TOTAL</source>
        <translation>TOTAAL ZETTEN</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>VAK</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>KAART</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>SLOT</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERGRENDELD</translation>
    </message>
    <message>
        <source>HOLD TO UNLOCK</source>
        <translation>HOUD VAST: ONTGRENDEL</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>alle punten ({count}) hebben dezelfde tijd: snelheden, zones, stops en sectietijden overgeslagen</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>alle punten met tijd ({count}) hebben dezelfde tijd: snelheden, zones, stops en sectietijden overgeslagen</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>geen navapp-tracklog</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Hundredths (12.34)</source>
        <translation>Honderdsten (12.34)</translation>
    </message>
    <message>
        <source>Tenths (12.3)</source>
        <translation>Tienden (12.3)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Mijl</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Resterende afstand tot het volgende vak tonen</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Trip op de vakafstand zetten bij validatie</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>De correctiestap is wat één druk op Trip + of Trip − toevoegt. Kalibratie schaalt de GPS-afstand: +1.00 % voegt 10 m per km toe.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Correctiestap</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimalen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Tolerantie snelheidszone</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} moet een getal zijn</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} buiten [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>een tulptekst heeft 1 tot {limit} tekens nodig</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>een tulptekst mag geen U+{code} bevatten</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>onbekend wegtype {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>ongeldige symbool-id {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>onbekend ingangstype {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>meer dan {limit} {name}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>een tulp is een JSON-object</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>geen navapp-tulp van een bekende versie</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>tulp-JSON ontbreekt of is te groot</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>ongeldige tulp-JSON: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} moet een lijst zijn</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>meer dan {limit} {key}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>een tulpelement is een JSON-object</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>{key} ontbreekt</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>onbekend wegtype {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Tekst, Enter om te plaatsen</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Tulptekening</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Gereedschap</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Selecteren / verplaatsen</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Selecteer en sleep wegen, symbolen en teksten; klik op de ring om een weg toe te voegen</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>S&amp;ymbool plaatsen</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>Klik op de tekening om het rechts gekozen symbool te plaatsen</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Te&amp;kst toevoegen</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>Klik op de tekening waar de tekst komt, typ, Enter</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>&amp;Inkomende weg</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>Geselecteerde &amp;weg</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>Weg &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Weg toevoegen in de breedste opening (Insert of N op de tekening)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Geselecteerde weg, symbool of tekst verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Sleep de pijl om te draaien (Shift: vrije hoek, Ctrl: lengte). Klik op de ring om een weg toe te voegen.
Toetsen: PgUp/PgDn selecteren · ←/→ draaien of verplaatsen · ↑/↓ lengte of verplaatsen · Ins weg toevoegen · Del verwijderen · +/− grootte · R symbool draaien · F2 tekst bewerken</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Sym&amp;bolen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Uitgaande weg: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Inkomende weg: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Weg {number}: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Symbol: {symbol}</source>
        <translation>Symbool: {symbol}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Tekst: {text}</translation>
    </message>
</context>
<context>
    <name>TulipEditorDialog</name>
    <message>
        <source>Edit tulip</source>
        <translation>Tulp bewerken</translation>
    </message>
    <message>
        <source>A&amp;uto from route</source>
        <translation>A&amp;uto uit route</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Wegen tekenen zoals de route hier draait (symbolen en teksten blijven)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Gevaar !</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Gevaar !!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Gevaar !!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Voorzichtig</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Afremmen</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Hoofdpiste</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Smalle piste</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Asfalt</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Snelweg</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Onder brug</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Rotonde</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Splitsing</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Kruispunt</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>T-splitsing</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Haarspeldbocht</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Zand</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Mul zand</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Stenen</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rotsen</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Sporen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Afstap</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Opstap</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Klim</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Afdaling</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Bult</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Golven</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Gat</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Kuil</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Duin</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Duinenrij</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Kleine duinen</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Zoutvlakte</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Modder</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Doorwaadplaats</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wadi</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Klif</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dorp</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Huis</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Ruïne</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Moskee</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Marabout</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Kamp</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Begraafplaats</translation>
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
        <translation>Hoogspanningslijn</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pijpleiding</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Spoorlijn</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muur</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Omheining</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Prikkeldraad</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Hek</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Wildrooster</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Greppel</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Talud</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Steenmannetje</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Kilometerpaal</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Put</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Watertank</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Brandstof</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Boom</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Bomen</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palmboom</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Struik</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Bos</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Kamelengras</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Keep left</source>
        <translation>Links houden</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Rechts houden</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Rechtdoor</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Buiten de piste</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Verboden in te rijden</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Gevaren</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terrein</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Herkenningspunten</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetatie</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>navapp-handleiding</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Vo&amp;lgende zoeken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Een tripmaster staat nooit onder nul. Typ het totaal van het vak zoals de tripmaster van de bemanningen het daar toont, of zet een reset op het vak ervoor.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>De tripmaster van de bemanningen telt alleen op, dus dit vak zou vóór het vak erboven komen. Corrigeer het totaal, verplaats het naar zijn plaats, of geef een eerder vak een tripreset.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Een CAP is een kompaskoers van 0 tot 360°. Typ de koers die de bemanningen volgen.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>Gevaren worden gemarkeerd met 1, 2 of 3 (! tot !!!). Kies het niveau in het veld Gevaar van het vak.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Een bemanning moet binnen de openingsstraal zijn voordat ze dicht genoeg komt om te valideren, dus de validatiestraal moet de kleinste zijn. Maak die kleiner of de openingsstraal groter.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Een FZ beëindigt een snelheidszone, maar geen DZ begon er een. Geef het DZ-vak zijn DZ-waypoint, of verwijder deze FZ.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Een bemanning die een snelheidszone inrijdt, moet de limiet kennen. Typ die in het veld Snelheid km/h van het vak.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Een snelheidszone die nooit eindigt, beperkt de bemanning tot de finish. Voeg een FZ-vak toe waar de zone eindigt.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Twee waypoints met hetzelfde type en dezelfde naam worden verward op de tripmaster en in de uitslag. Hernoem of hernummer er één.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>Het vak ligt ver van de routelijn en staat dus waarschijnlijk verkeerd. Sleep het op de route op de kaart, of kies Totalen en CAP&apos;s herberekenen uit route.</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Klik op de route op de kaart, voeg een vak in, of genereer de vakken uit een track.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>negatief totaal {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>totaal {total} km is minder dan de {previous} km van het vorige vak</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>CAP {cap} ligt buiten 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>gevaar {danger} is niet 1, 2 of 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}: validatiestraal {clear} m is niet kleiner dan openingsstraal {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ zonder DZ ervoor</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ zonder snelheidslimiet</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ heeft geen FZ vóór de volgende DZ in vak {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ zonder FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>waypoint {type} {name} ook in vak {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>vak ligt {offset} m van de routelijn</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>het roadbook heeft geen vakken</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Vak</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closest</source>
        <translation>Dichtst</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>gevalideerd</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}: waypointlijst-regel &apos;{label}&apos; past bij geen vak</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}: waypointlijst-regel &apos;{label}&apos; op km {km} past bij geen vak</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}: {box} staat niet in de waypointlijst; houdt zijn eigen coördinaten</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}: {box} staat niet in de waypointlijst; blijft zonder coördinaten</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>&amp;Waypointlijst toevoegen…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Waypoints van het roadbook plaatsen uit de lijst van de organisatie (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Open eerst een roadbook: een waypointlijst plaatst de waypoints van een roadbook</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>Waypointlijst toevoegen?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>De etappe begint weer bij nul met de posities uit de lijst: trip, vak en waypoints. Lijst nu toevoegen?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Waypointlijsten ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + waypoints uit {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Waypointlijst toevoegen</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>Kan waypointlijst niet lezen</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Waypoints uit {list}: {placed} van {count} waypointvakken geplaatst</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Waypointlijst</translation>
    </message>
    <message>
        <source>+ waypoints from {list}</source>
        <translation>+ waypoints uit {list}</translation>
    </message>
</context>
<context>
    <name>WaypointListFile</name>
    <message>
        <source>unsupported waypoint list &apos;{format}&apos; (navapp reads {items})</source>
        <translation>niet-ondersteunde waypointlijst &apos;{format}&apos; (navapp leest {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>geen waypoint met coördinaten in deze lijst</translation>
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
        <translation>van {count}</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>GEVALIDEERD</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>GEMIST</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WAYPOINT OPEN</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>VOLG. WAYPOINT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Welkom bij navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Volg een rally-raidroadbook met tripmaster, CAP en waypoints, gevoed door een GPS of een opgenomen rit. Elke actie werkt met het toetsenbord of een afstandsbediening. Meer in Help › Handleiding (F1).</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>&amp;Demo-etappe openen
Trainingsetappe Erg Chebbi, met afgespeelde opgenomen rit</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>&amp;GPS-bron kiezen…
Seriële ontvanger, gpsd, systeempositie of afspelen</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>&amp;Afstandsbediening en toetsen…
Welke knop wat doet, vasthoud- en herhaaltijden</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>Roadbook &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>positie buiten bereik: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>ongeldige tijd {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>ongeldig getal {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>het bestand houdt te vroeg op; punten gelezen: {count}</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>de KMZ bevat geen .kml-document</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>{filename} in de KMZ is te groot om te lezen</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>geen leesbaar KMZ-bestand (zip): {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>geen KML-bestand (hoofdelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>geen track in deze KML (geen gx:Track of LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>een gx:Track heeft {count} tijden voor {positions} posities; de eerste {read} gelezen</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>ongeldige gx:coord {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>trackpunten zonder positie overgeslagen: {empty}</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>ongeldige KML-coördinaten {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>geen TCX-bestand (hoofdelement &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>trackpunten zonder positie overgeslagen: {no_position}</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>geen trackpunten in deze TCX</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>geef de tegelserver een naam (tot 80 tekens)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}: vermeld van wie de kaart is (de bronvermelding die de server vraagt)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}: zoomniveaus zijn gehele getallen</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}: de zooms moeten lopen van {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}: bewaar tegels tussen een moment en 3650 dagen</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}: het adres moet één regel zonder spaties zijn</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}: {url} is geen webadres</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}: het adres moet beginnen met https:// of http://</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}: zet geen gebruikersnaam of wachtwoord in het adres</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}: het adres heeft geen servernaam</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}: onbekende plaatshouder {{{unknown}}}; gebruik {{z}}, {{x}}, {{y}} en {{s}}</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}: het adres heeft {{z}}, {{x}} en {{y}} nodig</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}: een accolade in het adres is geen plaatshouder</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}: {{s}} heeft subdomeinen nodig, zoals abc of a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>tegel {z}/{x}/{y}: {reason}</translation>
    </message>
</context>
</TS>
