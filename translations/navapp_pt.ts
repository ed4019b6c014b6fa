<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Impressão</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Impressão</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Impressão</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Impressão</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>ver o respetivo pacote</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

Aplicação de navegação e roadbook para equipas de rally-raid.

Licença: GNU General Public License, versão 3 ou posterior ({licence}).

Mostrar detalhes para os créditos e as bibliotecas que o navapp usa.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>Acerca do navapp</translation>
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
        <translation>Repor parcial</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Acertar total pela casa</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Próxima casa</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Casa anterior</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Retomar avanço automático</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Modo noite</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Lista de waypoints</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Ecrã inteiro</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Pausar reprodução</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Atenuador: mais escuro</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Atenuador: mais claro</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Mapa: aproximar</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Mapa: afastar</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Mapa: rumo acima / norte acima</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Mapa: recentrar no carro</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Nenhuma casa selecionada</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Editar tulipa…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Remover tulipa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Perigo</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>Repor em</translation>
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
        <translation>nome / número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Vazio: o valor por defeito da tabela de regras (a cinzento). Escreva para alterar.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abertura</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Raios m</translation>
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
        <translation>Velocidade {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Casa {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Casa {number}  (sem posição)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>sem tulipa</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>impossível mostrar</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>também: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>Limite DZ</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>só numa casa DZ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>total: uma casa precisa de uma distância total</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Total da casa {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP da casa {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Perigo da casa {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>Reposição da casa {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reposição</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stop da casa {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralização</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralização da casa {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>limite de velocidade</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Limite de velocidade da casa {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Notas da casa {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} na casa {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Remover tulipa da casa {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint da casa {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>raio de abertura</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>raio de validação</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Combustível</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Mostrar coords</translation>
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
        <translation>Polícia</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Bombeiros</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Imprensa</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — nenhum</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: &apos;{text}&apos; não é um número</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: &apos;{text}&apos; não é um número inteiro</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>nunca abre</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>sempre aberto</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>MASCARADO</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>ATÉ PRÓX. CASA</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO DESL.</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>ATÉ À CASA {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TREINO MASCARADO</translation>
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
        <translation>Desenho das notas</translation>
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
        <translation>Repor {distance}</translation>
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
        <translation>Neutralização {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Controlo horário {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Controlo horário</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustível</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>o limite da cache de mosaicos tem de ser superior a 0 MB, não {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}: impossível criar a cache de mosaicos: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>nome de fonte da cache de mosaicos inválido: {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>sem mosaico {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP e rumo</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Norte verdadeiro (como os roadbooks o imprimem)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnético (World Magnetic Model na posição do carro)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnético, declinação fixa</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Graus a leste do norte verdadeiro; oeste é negativo.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>RUMO °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>VIRAR</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>uma entrada de mapa não é uma tabela de valores</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>uma entrada de mapa tem um tipo desconhecido: {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>uma entrada de mapa não tem nome</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}: a entrada de mapa não tem ficheiro</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}: os zooms estão invertidos ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}: {field} não é uma linha de texto</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}: {field} não é um zoom {low}..{high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>a entrada de mapa não tem ficheiro</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>equipa {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Adicione o trilho de uma segunda equipa analisada para comparar equipas.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — a vermelho, onde cada equipa perdeu mais</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>O navapp encontrou um erro</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>Os detalhes estão em
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>Não foi possível guardar os detalhes ({error}); foram impressos.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>O navapp encontrou um erro: o que acabou de fazer pode não ter sido feito.
Comunique-o com o ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}: o trilho não tem pontos</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>As equipas são comparadas quando todas as equipas estiverem analisadas.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Cancelado: {done} de {total} equipas analisadas</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} equipas analisadas</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Abrir os trilhos das equipas</translation>
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
        <translation>Parar a análise: as equipas já analisadas ficam na janela</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>A analisar equipas…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>A analisar equipas {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>sem colunas de latitude e longitude (um cabeçalho como &apos;name,lat,lon&apos; ou coordenadas na primeira linha)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>linha ignorada: {error}: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>outras linhas ignoradas: {count}</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>danificado ({what}); waypoints lidos antes: {count}</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>nenhuma linha se lê como waypoint; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>sem waypoints</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Waypoint aberto</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Waypoint validado</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Waypoint falhado</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Entrada em zona de velocidade</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Saída da zona de velocidade</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Acima do limite de velocidade</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Fim do tempo de neutralização</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Casa de perigo à frente</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Próxima casa perto</translation>
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
        <translation>Fora do percurso</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Sem saída de som neste computador: os avisos não se ouvem.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>som de “{cue}” ilegível: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>“{cue}” não pode ser reproduzido neste dispositivo de som.</translation>
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
        <translation>{number} quilómetro</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} quilómetros</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} jardas</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} milha</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} milhas</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>em frente</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>ligeiro à esquerda</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>ligeiro à direita</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>sharp left</source>
        <translation>esquerda apertada</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>direita apertada</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>inversão de marcha</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>{distance}, {turn}, CAP {cap}</translation>
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
        <translation>perigo {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>SEM SEGUIR — CENTRAR</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Ainda sem posição: à espera de fix GPS</translation>
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
        <translation>RUMO</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>SEM GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS: nenhum — GPS › Fonte…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>registo do trilho da especial parada não reparado: {error}</translation>
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
        <translation>ATÉ À CASA {number}</translation>
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
        <translation>VIRAR</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>PRÓX. CASA</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LIMITE {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>SEM GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>ACIMA DE {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>não existe a casa {index} (casas no roadbook: {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>o número e o parcial de uma casa resultam da sua posição e do total</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>impossível inserir na posição {position} (1 a {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>o roadbook não tem linha de percurso onde colocar casas</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>a especial precisa de um nome</translation>
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
        <translation>Verificação</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sem título</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>um novo roadbook</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>As alterações não guardadas de {file} foram mantidas às {time}, quando o editor parou pela última vez. Recuperá-las?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>Listas de waypoints KML (*.kml *.KML *.kmz *.KMZ);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
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
        <translation>Importar roadbook como novo</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>Importar waypoints KML</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Percurso para estes waypoints (Cancelar: nenhum, ou a linha do próprio KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Gerar a partir de trilho</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Impossível gerar</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Definir percurso a partir de trilho</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Ir para posição</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Latitude, longitude (p. ex. 31.52, -4.21):</translation>
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
        <translation>Rolo (leitor de roadbook)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>Sair do navapp</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Uma condução está a seguir o GPS na janela principal. Terminá-la e sair?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>&amp;Importar roadbook como novo…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>Importar waypoints &amp;KML…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>&amp;Gerar a partir de trilho…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Fechar todas as janelas do editor, perguntando pelas alterações não guardadas, e o navapp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Insert box after</source>
        <translation>&amp;Inserir casa depois</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>Apa&amp;gar casa</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>&amp;Mover casa para cima</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>Mover casa para &amp;baixo</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>Editar &amp;tulipa…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>&amp;Propriedades da especial…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Nome da especial, unidades (km ou milhas) e descrição</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Re&amp;calcular totais e CAPs pelo percurso</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Cada casa colocada recebe o total, o parcial e o CAP da linha do percurso</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Definir percurso a partir de tril&amp;ho…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>Remo&amp;ver percurso</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>&amp;Desenhar percurso</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Desenhar o percurso no mapa (Ctrl+D; Esc no mapa: concluir)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Clique no mapa para adicionar pontos do percurso, arraste-os, Delete ou clique direito para remover</translation>
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
        <translation>&amp;Ir para posição…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Centrar o mapa num local</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Ir para…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Centrar o mapa numa latitude, longitude escrita (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>Mapa &amp;grande</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>O mapa ocupa também o espaço da tabela de casas (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Falha na gravação automática: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Histórico de anulações</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Editar casa {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint da casa {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Inserir casa {number}</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Apagar casa {number}</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Mover casa {number} para cima</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Mover casa {number} para baixo</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Inserir casa no percurso</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Deslizar casa {number}</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Recalcular pelo percurso</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Propriedades da especial</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Remover percurso</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Definir percurso</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>Impossível ler o percurso</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Definir percurso a partir de {file}</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Percurso definido a partir de {file}</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Desenho: clique adiciona no fim, Shift+clique antes do início, clique na linha insere, arrastar move, Del ou clique direito remove, Esc termina</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Desenho do percurso terminado</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Adicionar ponto de percurso {number}</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Adicionar ponto de percurso antes do início</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Inserir ponto de percurso</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Mover ponto de percurso {number}</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Apagar ponto de percurso {number}</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Ir para: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Mapa centrado em {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulipa da casa {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Selecione uma casa para desenhar a tulipa</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 casa</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Casas: {count}</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sem problemas</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 problema</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ Problemas: {count}</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Casa {number}: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>de {file}, não guardado</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não guardado</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
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
        <translation>outras falhas: {count}</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>não pedidos depois disso: {count}</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}: impossível obter {lost} de {total} mosaicos ({reasons}); ficam em branco</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>acima do limite de {limit} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>sem resposta em {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>ligação recusada</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>servidor não encontrado</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>falha na ligação segura</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a ligação</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: offline, {missing} de {total} mosaicos não estão em cache; ficam em branco</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: {missing} de {total} mosaicos não estão em cache; ficam em branco</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>Não aberto: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>um roadbook de cada vez: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aberto: {file}</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Mapa: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}: abra primeiro um roadbook e depois largue as gravações</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>A reproduzir {file}</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>A analisar {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}: uma gravação, não um roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}: um roadbook; largue-o na janela principal para analisar sobre ele</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>Adicionado: {files}</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Todas as gravações</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Impossível abrir o roadbook</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Aberto o que está íntegro de {file}, não guardado</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>Aberto {file}; Guardar pede um novo ficheiro e deixa este como está</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aberto: {file}</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>Impossível importar o roadbook</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Importado: {file}</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>Impossível importar o KML</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Waypoints importados de {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>Impossível exportar o PDF</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>1 página exportada para {file}</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>Páginas exportadas para {file}: {pages}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Impossível gerar</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>gravação {number} de {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>waypoints afastados deixados de fora: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Gerar a partir de {file}</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Casas geradas a partir de {file}: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Casas geradas a partir de {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>Impossível recuperar: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Recuperadas as alterações não guardadas de {file}</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} tem alterações não guardadas. Guardá-las?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>O roadbook tem alterações não guardadas. Guardá-las?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — aviso: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>Impossível guardar o roadbook</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Guardado sem parte do roadbook</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>Guardado {file} — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Guardado: {file}</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Recuperar roadbook não guardado</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ficheiro inexistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>não é um ficheiro de mapa que o navapp leia (MBTiles ou PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>não é um ficheiro FIT (sem cabeçalho &apos;.FIT&apos;)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>checksum inválido</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>o ficheiro termina antes do fim</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>danificado ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}; nenhum registo com posição antes disso</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>sem registos com posição</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}; pontos lidos: {count}</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>registos sem posição ignorados: {no_position}</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>tempos relativos ao arranque, sem data: descartados</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>registos fora dos limites ignorados: {count}</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>pontos de percurso fora dos limites ignorados: {out}</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>marcados sem fix pelo recetor: {count}</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>arranque a frio: {count}</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>em saltos de GPS: {count}</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>com o tempo a recuar: {count}</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>pontos que não são posições, deixados de fora: {total} ({reasons})</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>EXCLUSÃO</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>o trilho precisa de pelo menos duas posições (tem {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>o trilho tem só {length} m</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>o espaçamento e as definições de viragem têm de ser números positivos</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>nenhum dos {count} pontos do trilho é uma posição (o recetor não tinha fix)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>o trilho precisa de pelo menos duas posições (tem {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>gravação {number} de {count}: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>waypoints do ficheiro a mais de {distance} m deste percurso, deixados de fora: {left_out} de {count}</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Gerar roadbook a partir de trilho</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Este ficheiro contém {count} gravações (divididas em intervalos de mais de {hours} h ou {distance} km). O roadbook é feito a partir de uma delas:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (a mais longa)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>A gravação a partir da qual o roadbook é feito</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Uma curva pelo menos tão apertada como esta tem uma casa</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Casa em curvas mais apertadas que</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Nunca duas casas mais afastadas que isto</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Casas no máximo a cada</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Curvas mais próximas que isto de outra casa ficam de fora</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Casas no mínimo a</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>SEM GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS PERDIDO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EM PAUSA</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>FIM DA REPRODUÇÃO</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>sem fix</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — fix, satélites: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — fix</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>SEM GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>SEM FIX {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>REPRODUÇÃO EM PAUSA</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>sem fonte GPS</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>sem fix há {seconds} s — {source} não indica posição</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — à espera de dados</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>sem dados GPS há {seconds} s — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>sem dados GPS há {seconds} s — {source} deixou de responder</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>sem serviço de posição neste computador (o Qt Positioning não tem backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}: o serviço de posição não respondeu em {wait} — está a correr? Ou escolha série ou gpsd em GPS › Fonte…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — à espera de dados</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}: porta desaparecida — a religar em {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}: {reason} — nova tentativa em {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — a religar em {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} parado</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>nenhum ficheiro de reprodução escolhido</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>a ligar a {host}:{port}…</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
</context>
<context>
    <name>Gpx</name>
    <message>
        <source>not a GPX file</source>
        <translation>não é um ficheiro GPX</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>ficheiro GPX inutilizável: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>a casa {index} não tem coordenadas; o GPX simples precisa delas</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>hora inválida {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} não é um número</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; sem lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} não é um número</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} fora dos limites</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD e entidades não são permitidas nos ficheiros do navapp</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>não é um ficheiro GPX (elemento raiz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>XML inválido: o ficheiro termina antes do primeiro ponto completo</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>o ficheiro termina antes do fim; pontos lidos: {count}</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>sem pontos de trilho</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>sem fixes (registos IGC B)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>fixes ilegíveis ignorados: {bad}</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>sem data de voo (HFDTE): tempos descartados</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>fixes fora dos limites ignorados: {count}</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>sem fixes (registos IGC B) dentro dos limites</translation>
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
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Faixa seguinte</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Faixa anterior</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Reproduzir/Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
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
        <translation>coordenadas KML inválidas {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>coordenadas KML fora dos limites: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>o ficheiro termina antes do fim; marcadores lidos: {count}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>não é um ficheiro KML (elemento raiz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>o marcador {label} não tem coordenadas</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>sem linha de percurso neste ficheiro</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>sem marcadores com ponto neste KML</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>O navapp fala o idioma escolhido a partir do próximo arranque. Os termos de rally (CAP, DSS, ASS, WPM, DZ…) ficam como as equipas os usam; o trip master e as casas do roadbook mantêm o ponto decimal, como nos roadbooks impressos e nos trip masters.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Números e datas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Abra um roadbook: Ficheiro › Abrir…</translation>
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
        <translation>Retomar a especial?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>Impossível reproduzir a gravação</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}: sem fixes GPS</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>A reproduzir uma gravação danificada</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aberto: {file}</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook danificado</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Abrir roadbook</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Impossível abrir o roadbook</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sem título</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Analisar gravações</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>abra primeiro um roadbook e depois analise as gravações sobre ele</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Análise</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>&amp;Controlos do mapa</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>&amp;Fonte do mapa</translation>
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
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Mostrar a especial inteira (Home)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipa {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>acima do limite de velocidade</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fora do percurso</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>zona de velocidade</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>waypoint falhado</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Velocidade ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ {count} outras equipas</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>mais perto: {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Sem roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>As casas não têm posições para o mapa</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Um mapa vazio: Ir para um local (Ctrl+G) para desenhar aí o percurso</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Casa {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Desenho do percurso · clique: adicionar no fim · Shift+clique: adicionar antes do início · clique na linha: inserir · clique numa casa: selecioná-la · arrastar: mover · Del ou clique direito: remover · Esc: concluir</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Desenho do percurso · Esc: concluir</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Sem linha de percurso: desenhe uma (Ctrl+D) para colocar as casas no mapa</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Clique no percurso para adicionar uma casa · arraste uma casa ao longo do percurso</translation>
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
        <translation>Mostrar o percurso inteiro (Home)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name} tem {count} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} não é uma imagem PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>é uma pasta, não um ficheiro de mapa</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ficheiro inexistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Sem mapa</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Adicionar ficheiro de mapa…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>O mapa por baixo do percurso</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Intensidade do mapa por baixo do percurso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Mostrar só ficheiros de mapa e mosaicos já em cache: sem rede</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Adicionar um ficheiro de mapa</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Adicionar ficheiro de mapa…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Um mapa offline: MBTiles ou PMTiles com mosaicos raster</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>p. ex. Topo em casa</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© de quem é o mapa, como o servidor pede</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Adicionar servidor de mosaicos</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Offline: nunca descarregar mosaicos (só ficheiros de mapa e mosaicos em cache)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Limpar cache</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Mapas para escolher</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Adicionar um servidor de mosaicos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Zoom máx.</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Rede e cache</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Guardar no máximo</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>Em cache agora</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Mapa guardado removido: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}: o navapp já tem este servidor</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Adicionar um ficheiro de mapa</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (servidor de mosaicos, incluído)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (ficheiro de mapa)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (servidor de mosaicos)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>o mosaico {z}/{x}/{y} tem {size} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>o mosaico {z}/{x}/{y} não é uma imagem, mas texto</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>não é um mapa MBTiles: não tem tabela tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>sem tabela metadata: nome, zooms e limites são deduzidos</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contém mosaicos vetoriais; o navapp só desenha mapas raster</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>formato de mosaico desconhecido: {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>sem formato de mosaico nos metadados: lido de cada mosaico</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>minzoom/maxzoom inválidos nos metadados: lidos dos mosaicos</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>o mapa não tem mosaicos</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>os níveis de zoom {low}..{high} estão fora dos limites</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>sem índice de mosaicos: carregam devagar de um ficheiro grande</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>limites inválidos {text} nos metadados: ignorados</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>o ficheiro de mapa está danificado (base de dados ilegível)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>não é um mapa MBTiles (não é uma base de dados SQLite)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>o ficheiro de mapa está danificado (base de dados malformada)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>não é um mapa MBTiles ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>impossível ler o ficheiro de mapa: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>&amp;Editar roadbook…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>Ana&amp;lisar uma gravação…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Fonte…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
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
        <translation>Vista de con&amp;dução</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>Casas do &amp;roadbook</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>&amp;Atenuador (noite)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Ecrã do &amp;piloto</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Treino</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Mascarado: só a casa atual</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>&amp;Sem CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>Só &amp;distância</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>&amp;Zoom do rolo PDF: distâncias / página inteira</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>&amp;Acerca do navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>manter {key}</translation>
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
        <translation>Manter a especial</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Iniciar nova especial</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>Fonte GPS alterada</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>A fonte GPS muda para {source} durante a especial.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Manter a especial: o trip, a casa e os waypoints continuam a partir daqui.
Iniciar nova especial: tudo recomeça do zero.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>O navapp parou durante esta especial (trip {trip} {unit}, casa {box}). Retomar onde parou?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>O atenuador funciona à noite: Ver › Modo noite</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Atenuador {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Atenuador desligado</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>nenhuma frase NMEA encontrada</translation>
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
        <translation>{what} não é um número: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} não é um número finito: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} tem de ser um número inteiro: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>{what} negativo: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>o raio {attr} tem de ser positivo: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>o limite de velocidade tem de ser positivo: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>unidades desconhecidas {raw} (esperado metric ou statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>o waypoint não tem distância OpenRally</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>não é um ficheiro GPX (elemento raiz &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>o PDF está protegido por palavra-passe; guarde uma cópia sem proteção</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>o PDF usa uma proteção não suportada; guarde uma cópia sem proteção</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>PDF ilegível (danificado)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>PDF ilegível (danificado ou sem páginas)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>o PDF tem {mb} MB; o navapp lê PDF até {limit} MB</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>não é um ficheiro PDF (sem cabeçalho %PDF)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>o PDF não tem páginas</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>páginas do PDF: {count}; o navapp lê até {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>impossível ler a página {page} (PDF danificado)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>a página {page} tem {width} x {height} pontos, não é um formato em que se imprima um roadbook</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>impossível desenhar a página {page} (PDF danificado)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>nenhuma linha de casas encontrada nas páginas: nada para seguir</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>sem camada de texto (digitalização): linhas encontradas: {rows}, mas o rolo não pode seguir o trip master; desloque-o à mão</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>{count} de {rows} linhas não têm distância na camada de texto: a partir delas o rolo não pode seguir o trip master</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>SEM DISTÂNCIAS LEGÍVEIS: O ROLO NÃO SEGUE O TRIP MASTER · ▲ ▼ MOVEM-NO</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>DESLOCADO À MÃO: NÃO É A CASA ATUAL · AUTO (A) VOLTA A ELA</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>TREINO MASCARADO</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>ficheiro não encontrado</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>não é um PDF legível</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>o PDF está protegido por palavra-passe</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>o PDF está cifrado de um modo não suportado</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>não foi possível ler o PDF</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>MASCARADO</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>Impossível mostrar o PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>mosaico {z}/{x}/{y}: diretórios aninhados em demasia</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>o ficheiro de mapa está fechado</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what} fica além do fim do ficheiro (cortado?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>o cabeçalho</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>não é um ficheiro de mapa PMTiles</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>o cabeçalho PMTiles está cortado</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles versão {version}; o navapp lê a versão 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>cabeçalho PMTiles inválido ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>os níveis de zoom {low}..{high} estão fora dos limites</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contém mosaicos vetoriais; o navapp só desenha mapas raster</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>o tipo de mosaico {name} não é PNG, JPEG nem WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>mosaicos comprimidos com {name}; o navapp lê mosaicos sem compressão</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what} comprimido com {name}</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what} danificado (dados gzip inválidos)</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what} descomprimido excede {limit} bytes</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>metadados demasiado grandes: ignorados</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>os metadados</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>metadados ilegíveis: nome e atribuição desconhecidos</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>os metadados não são um objeto JSON: ignorados</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>um diretório de {length} bytes excede o limite</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>um diretório</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>um diretório está danificado</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>um diretório está fora de ordem (danificado)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name} tem {length} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>não é um ficheiro de mapa PMTiles (vazio)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>ponto sem {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} não é um número: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} não é um número finito: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} fora dos limites: {text}</translation>
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
        <translation>Este roadbook não tem casas.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>página {page} / {pages}</translation>
    </message>
    <message>
        <source>RESET {distance}</source>
        <translation>REPOR {distance}</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>No track</source>
        <translation>Sem trilho</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>sem altitude neste trilho</translation>
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
        <translation>o trilho não tem posições</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>não existe a gravação {number} (gravações no trilho: {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconhecida</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>a partir de {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}: {when}, pontos: {points}, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>gravações no trilho: {count} (intervalos de mais de {hours} h ou {km} km entre elas):</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>o roadbook é feito a partir da gravação {number} (a mais longa)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>o roadbook é feito a partir da gravação {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>formato de roadbook não suportado &apos;{format}&apos; (o navapp lê {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>o ficheiro termina antes do fim; lidos — casas: {boxes}, pontos do percurso: {points}</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>o ficheiro termina antes do fim; casas lidas: {boxes}</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>não é um roadbook PDF: só um PDF se lê de baixo para cima ou de cima para baixo</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>formato de trilho não suportado &apos;{format}&apos;: nem GPX nem NMEA (o navapp lê trilhos GPX, KML, TCX, FIT e IGC e registos NMEA, normalmente {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>o trilho tem menos de dois pontos</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>formato de saída desconhecido &apos;{to}&apos; (conhecidos: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>impossível deduzir o formato de saída de &apos;{name}&apos;; use --to</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (toque curto) já está atribuída a “{action}”.</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (manter) já está atribuída a “{action}”.</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>Manter {key} já repete “{action}”.</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} mantida serve para “{held}”, por isso não pode repetir “{action}”.</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>atribuição de tecla ignorada {line}: esperado tecla:toque=ação</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>atribuição de tecla ignorada {line}: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>atribuição de tecla ignorada {line}: {binding} está atribuída duas vezes</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>prima uma tecla…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Toque curto</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Clique numa célula (ou prima Enter sobre ela) e depois prima a tecla. Esc cancela, Backspace limpa.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Repor predefinições</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Controlos táteis no ecrã de condução (desligado: só teclas e comando)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Manter após</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir a cada</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Teclas predefinidas repostas.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Prima a tecla para “{action}” (toque curto).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Prima a tecla para “{action}” (manter).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} já está atribuída a “{action}”.</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Limpe-a lá primeiro.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} atribuída a “{action}”.</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>“{action}” limpa.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>repete</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>reprodução {speed}× terminada — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>reprodução {speed}× em pausa — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>reprodução {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>reprodução {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>reprodução</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Stage</source>
        <translation>Especial</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Percorrido {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Validados / falhados</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infrações</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalização</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Equipas: {crews} · Data: {date} · Roadbook {distance}, casas: {boxes} · Horas em UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}: impossível avaliar tempos, velocidades, zonas e paragens.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casa</translation>
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
        <translation>Mais perto m</translation>
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
        <translation>Zonas de velocidade</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Limite {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Máx. zona {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Início da infração</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Pico {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Mais longe m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Fora do percurso</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paragens</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Após a casa</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>Casa DN</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>Casa FN</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>Adiantado</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralizações</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>Em destaque: as maiores perdas de cada equipa (até {count}).</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Mapa: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}: sem perfil de velocidade</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>sem trilho: sem perfil de velocidade</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>tempo desde o primeiro fix (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>distância ao longo do trilho (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>o gerador de relatórios não está disponível</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>esta equipa não tem análise para exportar</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>já está a ser escrito um relatório</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>A obter o mapa para o relatório {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Relatório escrito: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Relatório escrito: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>Relatório HTML (*.html);;Tabela de secções (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>In&amp;verter roadbook (de baixo para cima)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Ler este roadbook PDF de baixo para cima (marcado) ou de cima para baixo; memorizado para ele</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Abra primeiro um roadbook PDF: só um roadbook PDF se lê de baixo para cima</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Começar pela ú&amp;ltima página</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Ler este roadbook invertido do fundo da última página até à página 1 (marcado) ou cada página de baixo para cima, pela ordem das páginas; memorizado para ele</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Marque primeiro Inverter roadbook: só um roadbook PDF invertido começa aí</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>Ler o roadbook no outro sentido?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>A especial recomeça do zero com as linhas lidas {way}: trip, casa e waypoints. Ler {way} agora?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>de baixo para cima a partir da última página</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de baixo para cima</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de cima para baixo</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} lido {way}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>o trilho não tem pontos</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>a análise precisa das coordenadas das casas e este roadbook não as tem (os waypoints estão todos em 0,0, como no exemplo oficial OpenRally)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>o trilho não tem posições utilizáveis ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>o trilho não tem tempos: as velocidades, zonas, paragens e tempos das secções precisam deles</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>o roadbook não tem linha de percurso: casas unidas em linha reta, fora do percurso não avaliado</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>o trilho nunca passa a menos de {distance} m do percurso: é o roadbook certo?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>falhado</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>excesso de velocidade</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fora do percurso</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>paragem</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralização</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}: mais perto {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}: mais perto {distance} m (validação {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusão</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>penalização {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}: máx. {speed} km/h durante {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>até {distance} m fora do percurso durante {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>parado {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>exigido {required}, não terminado</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>exigido {required}, feito em {taken}, saiu {early} s antes</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>exigido {required}, feito em {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>sem tempos neste trilho</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Percorrido {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Desvio {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Média {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Máx. {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Tempo desde a partida em cada casa (diferença para o líder)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Diferença total</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Secções: tempo (diferença para a mais rápida)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secção</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Falhados</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Excessos</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalização</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Equipas, a mais rápida primeiro (tempo até à última casa por onde todas passaram)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Análise — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>especial</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Equipas comparadas</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Desde o DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Contar o tempo de cada equipa a partir do seu DSS, não do início do trilho</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Equipas</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Vista de condução à hora do cursor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>A&amp;brir os trilhos das equipas…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Tempo desde o &amp;DSS de cada equipa</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipa {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>não analisada</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ não é esta especial?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>falhados: {missed}, excessos: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>a mais rápida</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>o motor de análise não está disponível: o trilho é mostrado sem análise</translation>
    </message>
    <message>
        <source>{track}: {error}</source>
        <translation>{track}: {error}</translation>
    </message>
    <message>
        <source>track</source>
        <translation>trilho</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>não analisado</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}: sem hora do DSS neste trilho, contado desde o início</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}: não foi possível analisar este trilho face à especial.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}: {warning} {missed} de {count} waypoints falhados.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km ao longo do trilho</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  casa {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>maior que {limit} MB: não é um roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>não é um ficheiro Rally Navigator: não é texto UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>não é um ficheiro Rally Navigator: JSON inválido ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>não é um ficheiro Rally Navigator: JSON inválido ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>não é um ficheiro Rally Navigator: sem objeto &quot;route&quot;</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>ficheiro Rally Navigator versão {version}; o navapp lê a versão {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>sem lista &quot;waypoints&quot;</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>sem waypoints</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>mais de {limit} waypoints: não é um roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>o waypoint {number} não é um objeto</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>o waypoint {number} não tem lat/lon válidas</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>o waypoint {value} não tem &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>waypoint {number}: desenho {cell} inválido</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>sem casas de roadbook (nenhum waypoint com show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>mais de {limit} casas: não é um roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>não mantido das tulipas e notas: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>não escrito no .rn2: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>a casa {index} não tem coordenadas; o .rn2 precisa delas</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>o roadbook não tem casas</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>a linha de percurso tem um ponto; um .rn2 precisa de dois ou mais: desenhe outro ou remova-o</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>pontos da linha de percurso: {count}; um .rn2 aceita no máximo {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>o .rn2 teria {size} MB, mais do que os {limit} MB que o navapp lê: simplifique primeiro a linha de percurso</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Alcatrão</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Pista estreita</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Fora de pista</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Travessia de dunas</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}: a edição não deu nenhum roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Sem roadbook — Ficheiro › Abrir…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 casa</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Casas: {count}</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Especial {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sem coordenadas</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) não é uma posição na Terra</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>não existe o ponto {number} do percurso (pontos no percurso: {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>o percurso não tem segmento onde inserir um ponto</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>já existe aí um ponto do percurso</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>o trilho não tem posições para comparar com o percurso</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>Não é uma gravação desta especial? Fica a {km} km do percurso (mediana) e cobre {share} do percurso.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>Não é uma gravação desta especial? Fica a {km} km do percurso (mediana).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>Não é uma gravação desta especial? Cobre {share} do percurso.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD e entidades não são permitidas nos ficheiros do navapp</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>XML inválido: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>XML inválido: o ficheiro termina antes do fim (cortado a meio de um elemento, como quando uma cópia ou um guardar não termina)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>o ficheiro não contém nenhum documento XML</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>MANTER</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>BLOQUEADO · MANTER P/ DESBLOQ.</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>série {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>não é um ficheiro de sessão do navapp</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>ficheiro de sessão danificado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Comando &amp;&amp; teclas</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Trip master</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
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
        <translation>trezentos metros, esquerda, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>perigo três</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>só !!!</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! e !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! e !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>volume de {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Reproduzir este som agora ao volume indicado, com ou sem som.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Silenciar todos os sons</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Dizer as casas em voz alta (“trezentos metros, esquerda, CAP 120”)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Voz: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Próxima casa perto: a menos de</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Fora do percurso: a mais de</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Acima do limite de velocidade: repetir a cada</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Casa de perigo: casas marcadas</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>Fonte GPS</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>um trilho GPX, registo NMEA, ficheiro FIT ou IGC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Ficheiro de reprodução</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>NMEA série</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>O serviço de posição do sistema operativo (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Disponível aqui: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>Não há serviço de posição disponível nesta máquina.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Posição do sistema</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Reproduzir uma gravação</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>Sem motor de voz neste computador (em Linux: instale e inicie o speech-dispatcher).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Propriedades da especial</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>p. ex. Especial 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Quilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Milhas</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>O que as equipas devem saber sobre a especial</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>As distâncias não mudam; o roadbook imprime-as nestas unidades.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>A especial precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>SEM FIX</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>SEM FIX · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>{count} sat</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ESPECIAL</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>{distance} in {time} — {validated} waypoints validated, {missed} missed, overspeeds: {overspeeds}</source>
        <translation>{distance} em {time} — waypoints validados: {validated}, falhados: {missed}, excessos de velocidade: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Waypoints falhados</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>mais perto {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>nunca perto</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>casa {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Excessos de velocidade</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>zona a partir da casa {number}</translation>
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
        <translation>Resumo da condução</translation>
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
        <translation>Clique num símbolo e depois no desenho; Enter coloca-o</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Nenhum símbolo corresponde ao filtro</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>posição do sistema indisponível: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>posição do sistema</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>posição do sistema ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — à espera de fix</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} parado</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>sem fix</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acesso negado</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>serviço fechado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
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
        <translation>Uma das maiores perdas desta equipa</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>mapa: aproxime para ver {map} (os mosaicos começam no zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>mapa: {map} não cobre este local</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>mapa: aproxime para ver {map}</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>ligação recusada</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a ligação</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>servidor não encontrado</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>falha na ligação segura</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>mais de {count} bytes</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>sem resposta em {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>mosaicos: {map}: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>o zoom {zoom} está fora de {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>a área {box} não é finita</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>o sul da área ({south}) fica a norte do seu norte ({north})</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>a área precisa de mais de {limit} mosaicos no zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>sem mosaico {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>nenhum zoom para {m_per_px} metros por píxel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>os mosaicos começam no zoom {low}; esta vista está no zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>sem mosaico pai {levels} níveis acima de {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>e mais destes: {dropped}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossível ler: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>demasiado grande para um roadbook Tulip (mais de {limit} MB)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>não é um roadbook Tulip: JSON aninhado em demasia</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>não é um roadbook Tulip: JSON inválido ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>o ficheiro está danificado na linha {line} ({reason}); pontos do percurso completos lidos: {count}</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>não é um roadbook Tulip: o JSON não é um objeto</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>não é um roadbook Tulip: sem lista de instruções</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>mais de {limit} pontos do percurso</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>pontos do percurso sem lat/long utilizável ignorados: {bad}</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>casa {box}: tipo de waypoint desconhecido {type} deixado de fora</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>sem instruções neste roadbook Tulip</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>mais de {limit} instruções</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>casa {box}: kmFromStart {raw} recua; é usada a distância do percurso</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>casas sem kmFromStart: {missing}; os totais são a distância do percurso</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>casa {box}: kmFromStart {raw} km, mas {measured} km ao longo do percurso (totais mantidos como o ficheiro os indica)</translation>
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
        <translation>DEF. TOTAL</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>CASA</translation>
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
        <translation>MANTER P/ DESBLOQ.</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>todos os pontos ({count}) têm a mesma hora: velocidades, zonas, paragens e tempos das secções não avaliados</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>todos os pontos com hora ({count}) têm a mesma hora: velocidades, zonas, paragens e tempos das secções não avaliados</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>não é um registo de trilho do navapp</translation>
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
        <translation>Quilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Milhas</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Mostrar a distância até à próxima casa</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Acertar o trip pela distância da casa na validação</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>O passo de correção é o que um toque em Trip + ou Trip − acrescenta. A calibração ajusta a distância GPS: +1.00 % acrescenta 10 m por km.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Passo de correção</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimais</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem decrescente</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Tolerância da zona de velocidade</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} tem de ser um número</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} fora de [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>um texto de tulipa precisa de 1 a {limit} caracteres</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>um texto de tulipa não pode conter U+{code}</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>tipo de via desconhecido {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>id de símbolo inválido {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>tipo de entrada desconhecido {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>mais de {limit}: {name}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>uma tulipa é um objeto JSON</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>não é uma tulipa do navapp de versão conhecida</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>JSON da tulipa em falta ou demasiado grande</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>JSON da tulipa inválido: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} tem de ser uma lista</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>mais de {limit}: {key}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>um elemento de tulipa é um objeto JSON</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>tipo de via desconhecido {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Texto, Enter para colocar</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Desenho da tulipa</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Selecionar / mover</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Selecionar, arrastar vias, símbolos e textos; clique no anel para adicionar uma via</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>&amp;Colocar símbolo</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>Clique no desenho para colocar o símbolo escolhido à direita</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Adicionar te&amp;xto</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>Clique no desenho onde vai o texto, escreva, Enter</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vias</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>Via de &amp;entrada</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>&amp;Via selecionada</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>&amp;Adicionar via</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Adicionar uma via no maior espaço livre (Insert ou N no desenho)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Apa&amp;gar seleção</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Apagar a via, símbolo ou texto selecionado (Delete)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Arraste a seta para rodar (Shift: ângulo livre, Ctrl: comprimento). Clique no anel para adicionar uma via.
Teclas: PgUp/PgDn selecionar · ←/→ rodar ou mover · ↑/↓ comprimento ou mover · Ins adicionar via · Del apagar · +/− tamanho · R rodar símbolo · F2 editar texto</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Sím&amp;bolos</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Via de saída: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Via de entrada: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Via {number}: {road}, {angle}°</translation>
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
        <translation>A&amp;uto pelo percurso</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Desenhar as vias como o percurso vira aqui (símbolos e textos mantêm-se)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Perigo !</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Perigo !!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Perigo !!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Abrandar</translation>
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
        <translation>Pista estreita</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Estrada</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Alcatrão</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Autoestrada</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Sob ponte</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Rotunda</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcação</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Cruzamento</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>Entroncamento em T</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Areia</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Areia mole</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rochas</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Sulcos</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Degrau a descer</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Degrau a subir</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Descida</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Lombas seguidas</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Buraco</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Depressão</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Crista</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Duna</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Cordão de dunas</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Dunas pequenas</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Salar</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Vau</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Oued</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Falésia</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldeia</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Habitação</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edifício</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Ruína</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Mesquita</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Morabito</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Acampamento</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Cemitério</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antena</translation>
    </message>
    <message>
        <source>Pylon</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>Linha elétrica</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Conduta</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Via férrea</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Vedação</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Arame farpado</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Portão</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Passagem canadiana</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Vala</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Talude</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Marco de pedras</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Marco km</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Poço</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Depósito de água</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustível</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Árvores</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palmeira</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Arbusto</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Floresta</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Erva de camelo</translation>
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
        <translation>Manter à esquerda</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Manter à direita</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Em frente</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Fora de pista</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Sentido proibido</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Perigos</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vias</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetação</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>Guia do utilizador do navapp</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Procurar no guia</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Procurar &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Um trip master nunca mostra menos de zero. Escreva o total da casa como o trip master das equipas o mostra ali, ou ponha uma reposição na casa anterior.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>O trip master das equipas só conta para cima, por isso esta casa viria antes da anterior. Corrija o total, mova-a para o seu lugar ou ponha uma reposição do trip numa casa anterior.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Um CAP é um rumo de bússola de 0 a 360°. Escreva o rumo que as equipas seguem.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>Os perigos marcam-se 1, 2 ou 3 (! a !!!). Escolha o nível no campo Perigo da casa.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Uma equipa tem de estar dentro do raio de abertura antes de chegar perto o suficiente para validar, por isso o raio de validação tem de ser o menor. Reduza-o ou aumente o raio de abertura.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Um FZ termina uma zona de velocidade, mas nenhum DZ a iniciou. Dê à casa do DZ o seu waypoint DZ, ou remova este FZ.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Uma equipa que entra numa zona de velocidade tem de saber o limite. Escreva-o no campo Velocidade km/h da casa.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Uma zona de velocidade que nunca termina limita a equipa até à chegada. Adicione uma casa FZ onde a zona termina.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Dois waypoints com o mesmo tipo e nome confundem-se no trip master e nos resultados. Mude o nome ou o número de um deles.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>A casa está longe da linha de percurso, por isso deve estar mal colocada. Arraste-a para o percurso no mapa, ou Recalcular totais e CAP pelo percurso.</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Clique no percurso no mapa, insira uma casa ou gere as casas a partir de um trilho.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>total negativo {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>total {total} km menor que o da casa anterior ({previous} km)</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>CAP {cap} fora de 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>perigo {danger} não é 1, 2 nem 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}: raio de validação {clear} m não é menor que o raio de abertura {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ sem DZ antes</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ sem limite de velocidade</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ sem FZ antes do DZ seguinte na casa {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ sem o seu FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>waypoint {type} {name} também na casa {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>casa a {offset} m da linha de percurso</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>o roadbook não tem casas</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Casa</translation>
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
        <translation>Mais perto</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>falhado</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}: a entrada &apos;{label}&apos; da lista de waypoints não corresponde a nenhuma casa</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}: a entrada &apos;{label}&apos; da lista de waypoints ao km {km} não corresponde a nenhuma casa</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}: {box} não tem entrada na lista de waypoints; mantém as suas coordenadas</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}: {box} não tem entrada na lista de waypoints; fica sem coordenadas</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>Adicionar lista de &amp;waypoints…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Colocar os waypoints do roadbook a partir da lista do organizador (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Abra primeiro um roadbook: uma lista de waypoints coloca os waypoints de um roadbook</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>Adicionar a lista de waypoints?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>A especial recomeça do zero com as posições da lista: trip, casa e waypoints. Adicionar a lista agora?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Listas de waypoints ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + waypoints de {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Adicionar lista de waypoints</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>Impossível ler a lista de waypoints</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Waypoints de {list}: {placed} de {count} casas de waypoint colocadas</translation>
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
        <translation>lista de waypoints não suportada &apos;{format}&apos; (o navapp lê {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>nenhum waypoint com coordenadas nesta lista</translation>
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
        <translation>FALHADO</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WAYPOINT ABERTO</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>PRÓXIMO WAYPOINT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Bem-vindo ao navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Siga um roadbook de rally-raid com trip master, CAP e waypoints, alimentado por um GPS ou por uma gravação. Todas as ações funcionam pelo teclado ou por um comando. Ajuda › Guia do utilizador (F1) explica mais.</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>Abrir a especial de &amp;demonstração
Especial de treino Erg Chebbi, com a sua gravação a reproduzir</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>Escolher uma fonte &amp;GPS…
Recetor série, gpsd, a posição do sistema ou uma reprodução</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>Configurar o &amp;comando e as teclas…
Que botão faz o quê, tempos de manter e repetir</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>&amp;Abrir um roadbook…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>posição fora dos limites: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>hora inválida {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>número inválido {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>o ficheiro termina antes do fim; pontos lidos: {count}</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>o KMZ não contém nenhum documento .kml</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>o {filename} do KMZ é demasiado grande para ler</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>ficheiro KMZ (zip) ilegível: {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>não é um ficheiro KML (elemento raiz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>sem trilho neste KML (sem gx:Track nem LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>um gx:Track tem {count} tempos para {positions} posições; lidos os primeiros {read}</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>gx:coord inválido {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>pontos de trilho sem posição ignorados: {empty}</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordenadas KML inválidas {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>não é um ficheiro TCX (elemento raiz &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>pontos de trilho sem posição ignorados: {no_position}</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>sem pontos de trilho neste TCX</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>dê um nome ao servidor de mosaicos (até 80 caracteres)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}: indique de quem é o mapa (a atribuição que o servidor pede)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}: os níveis de zoom são números inteiros</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}: os zooms têm de respeitar {low} &lt;= mín. ({min_zoom}) &lt;= máx. ({max_zoom}) &lt;= {high}</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}: guarde os mosaicos entre um instante e 3650 dias</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}: o endereço tem de ser uma linha sem espaços</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}: {url} não é um endereço web</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}: o endereço tem de começar por https:// ou http://</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}: não ponha nome de utilizador nem palavra-passe no endereço</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}: o endereço não tem nome de servidor</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}: marcador desconhecido {{{unknown}}}; use {{z}}, {{x}}, {{y}} e {{s}}</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}: o endereço precisa de {{z}}, {{x}} e {{y}}</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}: uma chaveta no endereço não é um marcador</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}: {{s}} precisa de subdomínios, como abc ou a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>mosaico {z}/{x}/{y}: {reason}</translation>
    </message>
</context>
</TS>
