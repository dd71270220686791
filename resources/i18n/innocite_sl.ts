<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
    <context>
        <name />
        <message>
            <source>Cannot open the projects database.</source>
            <translation>Zbirke projektov ni mogoče odpreti.</translation>
        </message>
        <message>
            <source>composite score ({normalization}, {aggregation}; higher is better)</source>
            <translation>ocena sestavljenega kazalnika ({normalization}, {aggregation}; višja je boljša)</translation>
        </message>
        <message>
            <source>rank (1 = best) over {runs} Monte Carlo runs</source>
            <translation>mesto (1 = najboljše) v {runs} ponovitvah Monte Carlo</translation>
        </message>
        <message>
            <source>mean of the peers</source>
            <translation>povprečje primerljivih mest</translation>
        </message>
        <message>
            <source>mean of all other towns</source>
            <translation>povprečje vseh drugih mest</translation>
        </message>
        <message>
            <source>Each indicator is rescaled so that the worst town gets 0 and the best town 1 (min-max normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Vsak kazalnik je preračunan tako, da najslabše mesto dobi 0, najboljše pa 1 (normalizacija min-max); višje je vedno bolje, kazalniki stroškov so obrnjeni.</translation>
        </message>
        <message>
            <source>Each indicator is expressed as the number of standard deviations a town lies above or below the mean of the towns (z-score standardisation); higher is always better, cost indicators are turned round.</source>
            <translation>Vsak kazalnik je izražen s številom standardnih odklonov, za katere je mesto nad ali pod povprečjem mest (standardizacija z-vrednosti); višje je vedno bolje, kazalniki stroškov so obrnjeni.</translation>
        </message>
        <message>
            <source>Each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, the upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI); higher is always better, cost indicators are turned round.</source>
            <translation>Vsak kazalnik je preračunan med fiksnima mejama: spodnja meja da 0, zgornja 1, vrednosti zunaj so odrezane (normalizacija s fiksnimi mejami, kot pri HDI); višje je vedno bolje, kazalniki stroškov so obrnjeni.</translation>
        </message>
        <message>
            <source>Each indicator is expressed relative to a reference (distance to a reference); higher is always better, cost indicators are turned round.</source>
            <translation>Vsak kazalnik je izražen glede na referenco (razdalja do reference); višje je vedno bolje, kazalniki stroškov so obrnjeni.</translation>
        </message>
        <message>
            <source>Each indicator is replaced by the town's rank on it, counted from the worst (rank normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Vsak kazalnik je nadomeščen z mestom, ki ga ima mesto pri njem, šteto od najslabšega (normalizacija z mesti); višje je vedno bolje, kazalniki stroškov so obrnjeni.</translation>
        </message>
        <message>
            <source>A town with a missing value is left out of the composite.</source>
            <translation>Mesto z manjkajočo vrednostjo je izpuščeno iz sestavljenega kazalnika.</translation>
        </message>
        <message>
            <source>A missing value is replaced by the mean of the other towns' values of that indicator (before normalization).</source>
            <translation>Manjkajoča vrednost je nadomeščena s povprečjem vrednosti drugih mest pri tem kazalniku (pred normalizacijo).</translation>
        </message>
        <message>
            <source>A missing value is replaced by the median of the other towns' values of that indicator (before normalization).</source>
            <translation>Manjkajoča vrednost je nadomeščena z mediano vrednosti drugih mest pri tem kazalniku (pred normalizacijo).</translation>
        </message>
        <message>
            <source>the weights given in the data set</source>
            <translation>uteži, podane v naboru podatkov</translation>
        </message>
        <message>
            <source>equal weights</source>
            <translation>enake uteži</translation>
        </message>
        <message>
            <source>budget allocation (points shared out over the indicators)</source>
            <translation>razdelitev proračuna (točke, razdeljene med kazalnike)</translation>
        </message>
        <message>
            <source>weights from pairwise comparisons (AHP)</source>
            <translation>uteži iz primerjav v parih (AHP)</translation>
        </message>
        <message>
            <source>objective weights from the entropy of each indicator</source>
            <translation>objektivne uteži iz entropije vsakega kazalnika</translation>
        </message>
        <message>
            <source>objective weights by CRITIC (contrast and correlation of the indicators)</source>
            <translation>objektivne uteži po metodi CRITIC (kontrast in korelacija kazalnikov)</translation>
        </message>
        <message>
            <source>a weighted arithmetic mean: a weak result on one indicator can be fully compensated by a strong one (linear aggregation)</source>
            <translation>tehtana aritmetična sredina: slab rezultat pri enem kazalniku lahko v celoti nadomesti dober rezultat pri drugem (linearna agregacija)</translation>
        </message>
        <message>
            <source>a weighted geometric mean: a weak result is compensated only in part (geometric aggregation)</source>
            <translation>tehtana geometrična sredina: slab rezultat je nadomeščen le delno (geometrična agregacija)</translation>
        </message>
        <message>
            <source>Normalization method</source>
            <translation>Metoda normalizacije</translation>
        </message>
        <message>
            <source>Aggregation method</source>
            <translation>Metoda agregacije</translation>
        </message>
        <message>
            <source>Weights (±ranges)</source>
            <translation>Uteži (±razponi)</translation>
        </message>
        <message>
            <source>Interactions of the choices</source>
            <translation>Medsebojni vplivi izbir</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Nabor podatkov</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Mesta</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Kazalniki</translation>
        </message>
        <message>
            <source>Illustrative values: the values of {count} of {total} indicators are illustrative (a plausible order of magnitude, not taken from a named source); do not draw conclusions from them.</source>
            <translation>Ponazoritvene vrednosti: vrednosti {count} od {total} kazalnikov so ponazoritvene (verjeten red velikosti, ne iz navedenega vira); iz njih ne izpeljujte sklepov.</translation>
        </message>
        <message>
            <source>indicators whose values come from the named source: {names}</source>
            <translation>kazalniki, katerih vrednosti so iz navedenega vira: {names}</translation>
        </message>
        <message>
            <source>single values from a named source: {values}</source>
            <translation>posamezne vrednosti iz navedenega vira: {values}</translation>
        </message>
        <message>
            <source>Sourced values: {parts}.</source>
            <translation>Vrednosti z virom: {parts}.</translation>
        </message>
        <message>
            <source>Not stated whether illustrative or sourced: {names}.</source>
            <translation>Ni navedeno, ali so ponazoritveni ali iz vira: {names}.</translation>
        </message>
        <message>
            <source>illustrative</source>
            <translation>ponazoritveno</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>z virom</translation>
        </message>
        <message>
            <source>Huff model: catchment shares, turnover, new-store impact</source>
            <translation>Huffov model: deleži gravitacijskega območja, promet, vpliv nove trgovine</translation>
        </message>
        <message>
            <source>zones, centres and distances (JSON)</source>
            <translation>območja, središča in razdalje (JSON)</translation>
        </message>
        <message>
            <source>spending potential, centrality, flows, gap and supportable floor space</source>
            <translation>kupni potencial, centralnost, tokovi, vrzel in vzdržna prodajna površina</translation>
        </message>
        <message>
            <source>the town's retail figures (JSON)</source>
            <translation>podatki o trgovini in storitvah v mestu (JSON)</translation>
        </message>
        <message>
            <source>settlement network: breaking points, gravity, accessibility, centrality</source>
            <translation>omrežje naselij: točke preloma, gravitacija, dostopnost, centralnost</translation>
        </message>
        <message>
            <source>towns, populations, distances and functions (JSON)</source>
            <translation>mesta, prebivalstvo, razdalje in funkcije (JSON)</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>datoteke ni mogoče najti</translation>
        </message>
        <message>
            <source>Probability of choosing each centre (rows: origin zones)</source>
            <translation>Verjetnost izbire posameznega središča (vrstice: izvorna območja)</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>dostopnost</translation>
        </message>
        <message>
            <source>Expected turnover and market share</source>
            <translation>Pričakovani promet in tržni delež</translation>
        </message>
        <message>
            <source>share</source>
            <translation>delež</translation>
        </message>
        <message>
            <source>New centre '{id}': turnover {turnover}, share {share}</source>
            <translation>Novo središče '{id}': promet {turnover}, delež {share}</translation>
        </message>
        <message>
            <source>LOSS &gt;= {threshold} %</source>
            <translation>IZGUBA &gt;= {threshold} %</translation>
        </message>
        <message>
            <source>before</source>
            <translation>prej</translation>
        </message>
        <message>
            <source>after</source>
            <translation>potem</translation>
        </message>
        <message>
            <source>change</source>
            <translation>sprememba</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>oznaka</translation>
        </message>
        <message>
            <source>Calibrated lambda: {value} (least squares on {n} observed shares, RMSE {rmse}, R² {r2})</source>
            <translation>Umerjena lambda: {value} (najmanjši kvadrati na {n} opazovanih deležih, RMSE {rmse}, R² {r2})</translation>
        </message>
        <message>
            <source>WARNING: at the edge of the searched range</source>
            <translation>OPOZORILO: na robu preiskanega območja</translation>
        </message>
        <message>
            <source>Centrality (simple: turnover / potential x 100)</source>
            <translation>Centralnost (enostavna: promet / potencial x 100)</translation>
        </message>
        <message>
            <source>Centrality (index: turnover index / PP index x 100)</source>
            <translation>Centralnost (indeks: indeks prometa / indeks KM x 100)</translation>
        </message>
        <message>
            <source>Net flow (turnover - potential; + inflow)</source>
            <translation>Neto tok (promet - potencial; + pritok)</translation>
        </message>
        <message>
            <source>Gap (potential - turnover; + unmet demand)</source>
            <translation>Vrzel (potencial - promet; + nezadovoljeno povpraševanje)</translation>
        </message>
        <message>
            <source>Leakage/surplus factor (+ leakage, - surplus)</source>
            <translation>Faktor odtekanja/presežka (+ odtekanje, - presežek)</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>kazalnik</translation>
        </message>
        <message>
            <source>value</source>
            <translation>vrednost</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Product group '{id}'</source>
            <translation>Skupina izdelkov '{id}'</translation>
        </message>
        <message>
            <source>Converse breaking points (distance from each town)</source>
            <translation>Converseove točke preloma (razdalja od posameznega mesta)</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>par</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>razdalja</translation>
        </message>
        <message>
            <source>from a</source>
            <translation>od a</translation>
        </message>
        <message>
            <source>from b</source>
            <translation>od b</translation>
        </message>
        <message>
            <source>Gravity interaction P_i P_j / d_ij^beta</source>
            <translation>Gravitacijska interakcija P_i P_j / d_ij^beta</translation>
        </message>
        <message>
            <source>Accessibility (Hansen) and functional index (Davies)</source>
            <translation>Dostopnost (Hansen) in funkcijski indeks (Davies)</translation>
        </message>
        <message>
            <source>Location coefficients: {values}</source>
            <translation>Lokacijski koeficienti: {values}</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Država</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regija</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Število prebivalcev</translation>
        </message>
        <message>
            <source>Population: source</source>
            <translation>Prebivalstvo: vir</translation>
        </message>
        <message>
            <source>less is better</source>
            <translation>manj je bolje</translation>
        </message>
        <message>
            <source>more is better</source>
            <translation>več je bolje</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Kazalnik</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enota</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Smer</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Skupina</translation>
        </message>
        <message>
            <source>Weight given</source>
            <translation>Dana utež</translation>
        </message>
        <message>
            <source>Weight used (%)</source>
            <translation>Utež v izračunu (%)</translation>
        </message>
        <message>
            <source>Goalposts</source>
            <translation>Meje</translation>
        </message>
        <message>
            <source>illustrative except {towns} (sourced)</source>
            <translation>ponazoritveno razen {towns} (z virom)</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ni navedeno</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Vir</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Leto</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Vrednosti</translation>
        </message>
        <message>
            <source>Weight used: each indicator's share of the composite after the weighting method and the groups (sums to 100 %).</source>
            <translation>Uporabljena utež: delež vsakega kazalnika v sestavljenem kazalniku po metodi uteževanja in skupinah (skupaj 100 %).</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>The composite indicator follows the OECD/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation.</source>
            <translation>Sestavljeni kazalnik sledi priročniku OECD/JRC Handbook on Constructing Composite Indicators (Nardo in sod. 2008): manjkajoči podatki, normalizacija, uteževanje, agregacija.</translation>
        </message>
        <message>
            <source>Missing data</source>
            <translation>Manjkajoči podatki</translation>
        </message>
        <message>
            <source>Imputed cells ({count}), with the value used:</source>
            <translation>Nadomeščene celice ({count}) z uporabljeno vrednostjo:</translation>
        </message>
        <message>
            <source>No value was missing: nothing was imputed.</source>
            <translation>Nobena vrednost ni manjkala: nič ni bilo nadomeščeno.</translation>
        </message>
        <message>
            <source>Left out for missing values: {towns}.</source>
            <translation>Izpuščena zaradi manjkajočih vrednosti: {towns}.</translation>
        </message>
        <message>
            <source>Normalization</source>
            <translation>Normalizacija</translation>
        </message>
        <message>
            <source>Formula: {formula}</source>
            <translation>Formula: {formula}</translation>
        </message>
        <message>
            <source>Reference: {values}</source>
            <translation>Referenca: {values}</translation>
        </message>
        <message>
            <source>Clipped to their goalposts: {cells}.</source>
            <translation>Odrezano na meje: {cells}.</translation>
        </message>
        <message>
            <source>Note: {note}.</source>
            <translation>Opomba: {note}.</translation>
        </message>
        <message>
            <source>Weighting and aggregation</source>
            <translation>Uteževanje in agregacija</translation>
        </message>
        <message>
            <source>Weights: {weighting} — {detail}.</source>
            <translation>Uteži: {weighting} — {detail}.</translation>
        </message>
        <message>
            <source>Indicators are first combined inside their groups ({groups}) into a dimension index by {inner}; the dimension indices are then combined by {outer}.</source>
            <translation>Kazalniki so najprej združeni znotraj svojih skupin ({groups}) v indeks dimenzije s/z {inner}; indeksi dimenzij so nato združeni s/z {outer}.</translation>
        </message>
        <message>
            <source>The composite score is {aggregation}.</source>
            <translation>Ocena sestavljenega kazalnika je {aggregation}.</translation>
        </message>
        <message>
            <source>Geometric mean: {shift}.</source>
            <translation>Geometrična sredina: {shift}.</translation>
        </message>
        <message>
            <source>Ties: {rule}; {ranks}.</source>
            <translation>Izenačenja: {rule}; {ranks}.</translation>
        </message>
        <message>
            <source>Composite ranking</source>
            <translation>Razvrstitev po sestavljenem kazalniku</translation>
        </message>
        <message>
            <source>{town} ranks first with a composite score of {score}.</source>
            <translation>{town} je na prvem mestu z oceno sestavljenega kazalnika {score}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Compromise set (Opricovic's conditions): {alternatives}</source>
            <translation>Kompromisna množica (Opricovićevi pogoji): {alternatives}</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>Dogovori</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>lambda max {lambda_max}   CI {ci}   CR {cr}   (random index {ri}, {ri_table})</source>
            <translation>lambda max {lambda_max}   CI {ci}   CR {cr}   (naključni indeks {ri}, {ri_table})</translation>
        </message>
        <message>
            <source>prioritization: {method}</source>
            <translation>določanje prioritet: {method}</translation>
        </message>
        <message>
            <source>missing judgments completed by {method}</source>
            <translation>manjkajoče presoje dopolnjene z metodo {method}</translation>
        </message>
        <message>
            <source>acceptable (CR &lt;= {limit})</source>
            <translation>sprejemljivo (CR &lt;= {limit})</translation>
        </message>
        <message>
            <source>too inconsistent (CR &gt; {limit})</source>
            <translation>preveč nedosledno (CR &gt; {limit})</translation>
        </message>
        <message>
            <source>consistency: {verdict}</source>
            <translation>doslednost: {verdict}</translation>
        </message>
        <message>
            <source>Judgments to revisit</source>
            <translation>Presoje za ponoven pregled</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Trenutno</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Predlagano</translation>
        </message>
        <message>
            <source>CR after</source>
            <translation>CR potem</translation>
        </message>
        <message>
            <source>Ranking methods</source>
            <translation>Metode razvrščanja</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ključ</translation>
        </message>
        <message>
            <source>Parameters (default)</source>
            <translation>Parametri (privzeto)</translation>
        </message>
        <message>
            <source>Weighting methods: {methods}</source>
            <translation>Metode uteževanja: {methods}</translation>
        </message>
        <message>
            <source>No projects yet: `innocite import FILE` stores a problem file.</source>
            <translation>Projektov še ni: `innocite import DATOTEKA` shrani datoteko problema.</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Posodobljeno</translation>
        </message>
        <message>
            <source>imported '{name}' (id {id}): {alternatives} alternatives, {criteria} criteria</source>
            <translation>uvoženo '{name}' (id {id}): alternative: {alternatives}, merila: {criteria}</translation>
        </message>
        <message>
            <source>(database backed up first to {path})</source>
            <translation>(podatkovna baza je bila prej varnostno kopirana v {path})</translation>
        </message>
        <message>
            <source>wrote {path}: fill in its sheets, then `innocite import {path}`</source>
            <translation>zapisano {path}: izpolnite liste, nato `innocite import {path}`</translation>
        </message>
        <message>
            <source>exported '{name}' to {path}</source>
            <translation>'{name}' izvoženo v {path}</translation>
        </message>
        <message>
            <source>Median rank</source>
            <translation>Mediana mesta</translation>
        </message>
        <message>
            <source>Rank 5–95 %</source>
            <translation>Mesto 5–95 %</translation>
        </message>
        <message>
            <source>Figure 1. Composite scores of the towns (higher is better).</source>
            <translation>Slika 1. Ocene sestavljenega kazalnika po mestih (višja je boljša).</translation>
        </message>
        <message>
            <source>No uncertainty analysis was run: the ranks above hold for these choices only.</source>
            <translation>Analiza negotovosti ni bila izvedena: zgornja mesta veljajo le za te izbire.</translation>
        </message>
        <message>
            <source>How certain are the ranks?</source>
            <translation>Kako zanesljiva so mesta?</translation>
        </message>
        <message>
            <source>The composite was recomputed {runs} times (Monte Carlo, seed {seed}), each time with one of the normalizations {normalizations}, one of the aggregations {aggregations} and weights drawn within their ranges. Each town's median rank and the band holding 90 % of its ranks (5th to 95th percentile) show how much its place depends on these choices.</source>
            <translation>Sestavljeni kazalnik je bil izračunan {runs}-krat (Monte Carlo, seme {seed}), vsakič z eno od normalizacij {normalizations}, eno od agregacij {aggregations} in utežmi, izžrebanimi znotraj njihovih razponov. Mediana mest vsakega mesta in pas, ki zajema 90 % njegovih mest (od 5. do 95. percentila), kažeta, koliko je njegova uvrstitev odvisna od teh izbir.</translation>
        </message>
        <message>
            <source>Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●).</source>
            <translation>Slika 2. Mesto vsakega mesta: mediana (◆), pas 5–95 %, mesto zgoraj (●).</translation>
        </message>
        <message>
            <source>Share of the variance of the ranks (all towns pooled) explained by each choice alone (first-order sensitivity); the rest comes from the choices together:</source>
            <translation>Delež variance mest (vsa mesta skupaj), ki ga pojasni vsaka izbira sama (občutljivost prvega reda); preostanek izhaja iz izbir skupaj:</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Izbira</translation>
        </message>
        <message>
            <source>Share of rank variance (%)</source>
            <translation>Delež variance mest (%)</translation>
        </message>
        <message>
            <source>Weights in the runs: {weights}.</source>
            <translation>Uteži v ponovitvah: {weights}.</translation>
        </message>
        <message>
            <source>{town} against its peers</source>
            <translation>{town} v primerjavi s primerljivimi mesti</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of {peers}, indicator by indicator.</source>
            <translation>{town} je primerjano s povprečjem mest {peers}, kazalnik za kazalnikom.</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of all other towns ranked, indicator by indicator.</source>
            <translation>{town} je primerjano s povprečjem vseh drugih razvrščenih mest, kazalnik za kazalnikom.</translation>
        </message>
        <message>
            <source>{path}: no such database file</source>
            <translation>{path}: datoteka podatkovne baze ne obstaja</translation>
        </message>
        <message>
            <source>{path} is damaged (integrity_check: {detail}); restore a backup with `innocite db restore`</source>
            <translation>{path} je poškodovana (integrity_check: {detail}); obnovite varnostno kopijo z `innocite db restore`</translation>
        </message>
        <message>
            <source>{url}: not a SQLite file</source>
            <translation>{url}: ni datoteka SQLite</translation>
        </message>
        <message>
            <source>{url}: restore a PostgreSQL database on the server (pg_restore)</source>
            <translation>{url}: podatkovno bazo PostgreSQL obnovite na strežniku (pg_restore)</translation>
        </message>
        <message>
            <source>{database}: ok (PostgreSQL {version})</source>
            <translation>{database}: v redu (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>{path}: ok ({size} bytes, journal {journal}, {backups} backups, latest {latest})</source>
            <translation>{path}: v redu ({size} bajtov, dnevnik {journal}, varnostnih kopij: {backups}, zadnja {latest})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nobeden</translation>
        </message>
        <message>
            <source>backed up {database} to {backup} ({size} bytes; {kept} backups kept)</source>
            <translation>{database} varnostno kopirano v {backup} ({size} bajtov; ohranjenih varnostnih kopij: {kept})</translation>
        </message>
        <message>
            <source>restored {database} from {backup}; the previous file is saved as {saved}</source>
            <translation>{database} obnovljena iz {backup}; prejšnja datoteka je shranjena kot {saved}</translation>
        </message>
        <message>
            <source>restored {database} from {backup}</source>
            <translation>{database} obnovljena iz {backup}</translation>
        </message>
        <message>
            <source>Strongest indicators: {names}.</source>
            <translation>Najmočnejši kazalniki: {names}.</translation>
        </message>
        <message>
            <source>Weakest indicators: {names}.</source>
            <translation>Najšibkejši kazalniki: {names}.</translation>
        </message>
        <message>
            <source>Peers' mean</source>
            <translation>Povprečje primerljivih mest</translation>
        </message>
        <message>
            <source>Better by (%)</source>
            <translation>Boljše za (%)</translation>
        </message>
        <message>
            <source>Normalized gap</source>
            <translation>Normalizirana razlika</translation>
        </message>
        <message>
            <source>Better by: the relative gap, turned round for cost indicators (positive: {town} does better). Normalized gap: difference on the normalized scale ({normalization}).</source>
            <translation>Boljše za: relativna razlika, pri kazalnikih stroškov obrnjena (pozitivno: {town} je boljše). Normalizirana razlika: razlika na normalizirani lestvici ({normalization}).</translation>
        </message>
        <message>
            <source>Imputed values among these towns: {cells}.</source>
            <translation>Nadomeščene vrednosti med temi mesti: {cells}.</translation>
        </message>
        <message>
            <source>Figure {n}. {town} and its peers on every indicator; each axis runs from the worst town ranked (centre) to the best (rim).</source>
            <translation>Slika {n}. {town} in primerljiva mesta pri vseh kazalnikih; vsaka os poteka od najslabšega razvrščenega mesta (središče) do najboljšega (rob).</translation>
        </message>
        <message>
            <source>Reproducibility</source>
            <translation>Ponovljivost</translation>
        </message>
        <message>
            <source>{runs} runs, seed {seed}</source>
            <translation>{runs} ponovitev, seme {seed}</translation>
        </message>
        <message>
            <source>no uncertainty run</source>
            <translation>brez analize negotovosti</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aplikacija</translation>
        </message>
        <message>
            <source>Data hash (SHA-256)</source>
            <translation>Zgoščena vrednost podatkov (SHA-256)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Nastavitve</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Ustvarjeno</translation>
        </message>
        <message>
            <source>The hash covers the towns, indicators, values and settings above; the same data, settings and seed give the same report.</source>
            <translation>Zgoščena vrednost zajema zgornja mesta, kazalnike, vrednosti in nastavitve; enaki podatki, nastavitve in seme dajo enako poročilo.</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not {suffix}</source>
            <translation>{file}: poročilo se zapiše kot .pdf, .docx ali .html, ne kot {suffix}</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not a file without extension</source>
            <translation>{file}: poročilo se zapiše kot .pdf, .docx ali .html, ne kot datoteka brez končnice</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Primerjalna analiza</translation>
        </message>
        <message>
            <source>the uncertainty run belongs to other towns: run it again</source>
            <translation>analiza negotovosti velja za druga mesta: zaženite jo znova</translation>
        </message>
        <message>
            <source>town '{town}' is not one of the towns</source>
            <translation>mesto »{town}« ni med mesti</translation>
        </message>
        <message>
            <source>Benchmarking report: {name}</source>
            <translation>Poročilo primerjalne analize: {name}</translation>
        </message>
        <message>
            <source>Decision memo</source>
            <translation>Odločitveni memorandum</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Avtor</translation>
        </message>
        <message>
            <source>Project owner</source>
            <translation>Nosilec projekta</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Udeleženci</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>The decision question</source>
            <translation>Odločitveno vprašanje</translation>
        </message>
        <message>
            <source>Alternatives</source>
            <translation>Seznam alternativ</translation>
        </message>
        <message>
            <source>Criteria and weights</source>
            <translation>Merila in uteži</translation>
        </message>
        <message>
            <source>Performance of the alternatives</source>
            <translation>Vrednosti alternativ</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Razvrstitev</translation>
        </message>
        <message>
            <source>How robust is the ranking?</source>
            <translation>Kako robustna je razvrstitev?</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Primerjava scenarijev</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Odločitev</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Priloga</translation>
        </message>
        <message>
            <source>Alternative</source>
            <translation>Alternativa</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Merilo</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Utež</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrika</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Udeleženec</translation>
        </message>
        <message>
            <source>CR</source>
            <translation>CR</translation>
        </message>
        <message>
            <source>Pairs answered</source>
            <translation>Odgovorjeni pari</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Presoja</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Razmerje</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Dejanje</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Vnosi</translation>
        </message>
        <message>
            <source>Rank 1</source>
            <translation>Mesto 1</translation>
        </message>
        <message>
            <source>Rank 2</source>
            <translation>Mesto 2</translation>
        </message>
        <message>
            <source>Rank 3</source>
            <translation>Mesto 3</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Nastavitev</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Vrednost</translation>
        </message>
        <message>
            <source>benefit (more is better)</source>
            <translation>korist (več je bolje)</translation>
        </message>
        <message>
            <source>cost (less is better)</source>
            <translation>strošek (manj je bolje)</translation>
        </message>
        <message>
            <source>No decision question was recorded for this project.</source>
            <translation>Za ta projekt ni zabeleženo odločitveno vprašanje.</translation>
        </message>
        <message>
            <source>Weights are global: they add up to 100 % over the criteria with data.</source>
            <translation>Uteži so globalne: vsota po merilih s podatki je 100 %.</translation>
        </message>
        <message>
            <source>Not every criterion has a weight, so the ranking could not be computed.</source>
            <translation>Vsa merila nimajo uteži, zato razvrstitve ni bilo mogoče izračunati.</translation>
        </message>
        <message>
            <source>entered directly</source>
            <translation>vnesene neposredno</translation>
        </message>
        <message>
            <source>from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))</source>
            <translation>iz primerjav v parih (AHP, skupinska geometrijska sredina {n} udeležencev)</translation>
        </message>
        <message>
            <source>{node}: weights {origin}.</source>
            <translation>{node}: uteži {origin}.</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Najvišja raven</translation>
        </message>
        <message>
            <source>Group (geometric mean)</source>
            <translation>Skupina (geometrijska sredina)</translation>
        </message>
        <message>
            <source>Alternatives under {criterion}</source>
            <translation>Alternative pri merilu {criterion}</translation>
        </message>
        <message>
            <source>Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable.</source>
            <translation>Razmerje doslednosti (CR) vsake matrike primerjav v parih; do 0,10 je sprejemljivo.</translation>
        </message>
        <message>
            <source>not enough answers</source>
            <translation>premalo odgovorov</translation>
        </message>
        <message>
            <source>above 0.10: inconsistent</source>
            <translation>nad 0,10: nedosledno</translation>
        </message>
        <message>
            <source>Sources of the values:</source>
            <translation>Viri vrednosti:</translation>
        </message>
        <message>
            <source>Columns {first}–{last} of {total}.</source>
            <translation>Stolpci {first}–{last} od {total}.</translation>
        </message>
        <message>
            <source>The alternatives were ranked with {label}: {description}</source>
            <translation>Alternative so bile razvrščene z metodo {label}: {description}</translation>
        </message>
        <message>
            <source>Normalization: {plain} ({formula}).</source>
            <translation>Normalizacija: {plain} ({formula}).</translation>
        </message>
        <message>
            <source>Ties: {rule}.</source>
            <translation>Enake ocene: {rule}.</translation>
        </message>
        <message>
            <source>Weights used: {source}.</source>
            <translation>Uporabljene uteži: {source}.</translation>
        </message>
        <message>
            <source>A higher score is better.</source>
            <translation>Višja ocena je boljša.</translation>
        </message>
        <message>
            <source>A lower score is better.</source>
            <translation>Nižja ocena je boljša.</translation>
        </message>
        <message>
            <source>{winner} ranks first with {method}.</source>
            <translation>Z metodo {method} je na prvem mestu {winner}.</translation>
        </message>
        <message>
            <source>Each criterion's contribution to the score (the method adds them up):</source>
            <translation>Prispevek vsakega merila k oceni (metoda jih sešteje):</translation>
        </message>
        <message>
            <source>Figure 1. Scores of the alternatives ({method}).</source>
            <translation>Slika 1. Ocene alternativ ({method}).</translation>
        </message>
        <message>
            <source>Figure 2. Contribution of each criterion to the score.</source>
            <translation>Slika 2. Prispevek vsakega merila k oceni.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} ostane prva, razen če utež merila {criterion} naraste nad {x} % (zdaj {now} %); tedaj je prva {other}.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} ostane prva, razen če utež merila {criterion} pade pod {x} % (zdaj {now} %); tedaj je prva {other}.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} ostane prva, dokler utež merila {criterion} ne naraste na {x} % (zdaj {now} %); tam se ji za prvo mesto izenači druga alternativa.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} ostane prva, dokler utež merila {criterion} ne pade na {x} % (zdaj {now} %); tam se ji za prvo mesto izenači druga alternativa.</translation>
        </message>
        <message>
            <source>No weight of {criterion} between 0 and 100 % changes the winner (now {now} %).</source>
            <translation>Nobena utež merila {criterion} med 0 in 100 % ne spremeni zmagovalca (zdaj {now} %).</translation>
        </message>
        <message>
            <source>Each criterion's weight changed on its own, the others rescaled in proportion:</source>
            <translation>Utež vsakega merila spremenjena posamič, druge sorazmerno prilagojene:</translation>
        </message>
        <message>
            <source>The weight changes that would alter the winner could not be computed: {reason}</source>
            <translation>Sprememb uteži, ki bi spremenile zmagovalca, ni bilo mogoče izračunati: {reason}</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} % of {samples} random weightings (seed {seed}).</source>
            <translation>{winner} je bila prva v {share} % od {samples} naključnih uteževanj (seme {seed}).</translation>
        </message>
        <message>
            <source>Share of {samples} random weightings (uniform over all weight sets) giving each rank:</source>
            <translation>Delež od {samples} naključnih uteževanj (enakomerno po vseh naborih uteži), ki da posamezno mesto:</translation>
        </message>
        <message>
            <source>The random-weights analysis could not be computed: {reason}</source>
            <translation>Analize z naključnimi utežmi ni bilo mogoče izračunati: {reason}</translation>
        </message>
        <message>
            <source>The same data ranked with other methods (their default settings):</source>
            <translation>Isti podatki, razvrščeni z drugimi metodami (njihove privzete nastavitve):</translation>
        </message>
        <message>
            <source>Spearman rank correlation of each method with {method}: {values}.</source>
            <translation>Spearmanova korelacija mest vsake metode z metodo {method}: {values}.</translation>
        </message>
        <message>
            <source>{method} could not rank the data: {reason}</source>
            <translation>{method} ni mogla razvrstiti podatkov: {reason}</translation>
        </message>
        <message>
            <source>Ranks of the alternatives under the project's current weights and the saved scenarios:</source>
            <translation>Mesta alternativ pri trenutnih utežeh projekta in shranjenih scenarijih:</translation>
        </message>
        <message>
            <source>No scenarios were saved for this project.</source>
            <translation>Za ta projekt ni shranjenih scenarijev.</translation>
        </message>
        <message>
            <source>{n} further scenario(s) not shown.</source>
            <translation>Dodatni scenariji, ki niso prikazani: {n}.</translation>
        </message>
        <message>
            <source>Current weights</source>
            <translation>Trenutne uteži</translation>
        </message>
        <message>
            <source>Decision taken: {chosen}</source>
            <translation>Sprejeta odločitev: {chosen}</translation>
        </message>
        <message>
            <source>No decision has been recorded yet.</source>
            <translation>Odločitev še ni zabeležena.</translation>
        </message>
        <message>
            <source>Rationale: {text}</source>
            <translation>Utemeljitev: {text}</translation>
        </message>
        <message>
            <source>The analysis recommends {winner}.</source>
            <translation>Analiza priporoča: {winner}.</translation>
        </message>
        <message>
            <source>The decision differs from the recommendation of the analysis ({winner}).</source>
            <translation>Odločitev se razlikuje od priporočila analize ({winner}).</translation>
        </message>
        <message>
            <source>Pairwise judgments</source>
            <translation>Presoje v parih</translation>
        </message>
        <message>
            <source>Pairwise judgments as given by each participant:</source>
            <translation>Presoje v parih, kot jih je podal vsak udeleženec:</translation>
        </message>
        <message>
            <source>No pairwise judgments were given.</source>
            <translation>Presoj v parih ni bilo.</translation>
        </message>
        <message>
            <source>Audit log summary</source>
            <translation>Povzetek revizijske sledi</translation>
        </message>
        <message>
            <source>Changes recorded in the project's audit log: {total} entries, from {first} to {last}.</source>
            <translation>Spremembe v revizijski sledi projekta: {total} vnosov, od {first} do {last}.</translation>
        </message>
        <message>
            <source>The audit log holds no entries for this project.</source>
            <translation>Revizijska sled za ta projekt nima vnosov.</translation>
        </message>
        <message>
            <source>Changes made by: {who}.</source>
            <translation>Spremembe so naredili: {who}.</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio {version}</source>
            <translation>InnoCite Decision Studio {version}</translation>
        </message>
        <message>
            <source>Data hash (SHA-256): {hash}</source>
            <translation>Zgoščena vrednost podatkov (SHA-256): {hash}</translation>
        </message>
        <message>
            <source>Memo snapshot made {created}.</source>
            <translation>Posnetek memoranduma narejen {created}.</translation>
        </message>
        <message>
            <source>This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text.</source>
            <translation>Ta memorandum je ustvarjen iz shranjenega posnetka vhodnih podatkov in rezultatov; ponovna izdelava da enako besedilo.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> in </translation>
        </message>
        <message>
            <source>Method key</source>
            <translation>Ključ metode</translation>
        </message>
        <message>
            <source>Parameter {name}</source>
            <translation>Parameter {name}</translation>
        </message>
        <message>
            <source>Random weightings</source>
            <translation>Naključna uteževanja</translation>
        </message>
        <message>
            <source>{samples} (seed {seed}, uniform over the weight simplex)</source>
            <translation>{samples} (seme {seed}, enakomerno po simpleksu uteži)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Poglavja</translation>
        </message>
        <message>
            <source>Data hash</source>
            <translation>Zgoščena vrednost podatkov</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Posnetek</translation>
        </message>
        <message>
            <source>{method} score ({direction})</source>
            <translation>Ocena {method} ({direction})</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>višja je boljša</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>nižja je boljša</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Stran {page} od {pages}</translation>
        </message>
        <message>
            <source>Weighted sum (WSM)</source>
            <translation>Utežena vsota (WSM)</translation>
        </message>
        <message>
            <source>Weighted product (WPM)</source>
            <translation>Uteženi produkt (WPM)</translation>
        </message>
        <message>
            <source>Closeness to the ideal and distance from the anti-ideal alternative (Euclidean).</source>
            <translation>Bližina idealni in oddaljenost od protiidealne alternative (evklidska razdalja).</translation>
        </message>
        <message>
            <source>Sum of weighted normalized values; each criterion's contribution is reported.</source>
            <translation>Vsota uteženih normaliziranih vrednosti; prikazan je prispevek vsakega merila.</translation>
        </message>
        <message>
            <source>Product of values raised to their weights; needs values above zero.</source>
            <translation>Produkt vrednosti, potenciranih z utežmi; vrednosti morajo biti večje od nič.</translation>
        </message>
        <message>
            <source>vector normalization x/sqrt(sum x^2); cost columns as 1 - r</source>
            <translation>vektorska normalizacija x/sqrt(sum x^2); stolpci stroškov kot 1 - r</translation>
        </message>
        <message>
            <source>min-max normalization (x - min)/(max - min), reversed for cost</source>
            <translation>normalizacija min-max (x - min)/(max - min), obrnjena za stroške</translation>
        </message>
        <message>
            <source>max normalization x/max; cost columns as 1 - x/max</source>
            <translation>normalizacija z največjo vrednostjo x/max; stolpci stroškov kot 1 - x/max</translation>
        </message>
        <message>
            <source>sum normalization x/sum x; cost columns (1/x)/sum(1/x)</source>
            <translation>normalizacija z vsoto x/sum x; stolpci stroškov (1/x)/sum(1/x)</translation>
        </message>
        <message>
            <source>linear normalization x/max; cost columns min/x</source>
            <translation>linearna normalizacija x/max; stolpci stroškov min/x</translation>
        </message>
        <message>
            <source>logarithmic normalization ln x / ln prod x</source>
            <translation>logaritemska normalizacija ln x / ln prod x</translation>
        </message>
        <message>
            <source>nonlinear normalization (x/max)^2; cost columns (min/x)^3</source>
            <translation>nelinearna normalizacija (x/max)^2; stolpci stroškov (min/x)^3</translation>
        </message>
        <message>
            <source>enhanced accuracy normalization (Zeng &amp; Xiao)</source>
            <translation>normalizacija z izboljšano natančnostjo (Zeng &amp; Xiao)</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis normalization</source>
            <translation>normalizacija po Zavadskasu in Turskisu</translation>
        </message>
        <message>
            <source>none: raw values (cost criteria subtracted); only for criteria on one scale</source>
            <translation>brez: neobdelane vrednosti (merila stroškov se odštejejo); le za merila na isti lestvici</translation>
        </message>
        <message>
            <source>none: raw values raised to the weight (cost criteria to minus the weight)</source>
            <translation>brez: neobdelane vrednosti, potencirane z utežjo (merila stroškov z negativno utežjo)</translation>
        </message>
        <message>
            <source>none: raw values; each gap f*_j - f_ij is divided by the criterion's range f*_j - f-_j (f* best, f- worst value of the criterion)</source>
            <translation>brez: neobdelane vrednosti; vsak razkorak f*_j - f_ij se deli z razponom merila f*_j - f-_j (f* najboljša, f- najslabša vrednost merila)</translation>
        </message>
        <message>
            <source>none: preference functions on raw differences (thresholds q, p in the criterion's units); flows divided by the weight sum and by (m-1)</source>
            <translation>brez: preferenčne funkcije na neobdelanih razlikah (pragova q, p v enotah merila); tokovi deljeni z vsoto uteži in z (m-1)</translation>
        </message>
        <message>
            <source>sum normalization x/sum x for every criterion (direction enters via S+ and S-)</source>
            <translation>normalizacija z vsoto x/sum x za vsako merilo (smer upoštevata S+ in S-)</translation>
        </message>
        <message>
            <source>standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank</source>
            <translation>standardno tekmovalno razvrščanje (1, 2, 2, 4); ocene, enake znotraj relativnih 1e-9, si delijo mesto</translation>
        </message>
        <message>
            <source>given weights</source>
            <translation>podane uteži</translation>
        </message>
        <message>
            <source>given weights (product of local weights down the criteria tree)</source>
            <translation>podane uteži (zmnožek lokalnih uteži po drevesu meril navzdol)</translation>
        </message>
        <message>
            <source>AHP pairwise comparison of the criteria</source>
            <translation>primerjava meril v parih (AHP)</translation>
        </message>
        <message>
            <source>only one alternative: every flow is 0</source>
            <translation>samo ena alternativa: vsi tokovi so 0</translation>
        </message>
        <message>
            <source>every alternative has the same S (S- = S*): the S term of Q is set to 0</source>
            <translation>vse alternative imajo enak S (S- = S*): člen S v Q je postavljen na 0</translation>
        </message>
        <message>
            <source>every alternative has the same R (R- = R*): the R term of Q is set to 0</source>
            <translation>vse alternative imajo enak R (R- = R*): člen R v Q je postavljen na 0</translation>
        </message>
        <message>
            <source>acceptable stability fails: the best Q is not also best by S or R</source>
            <translation>sprejemljiva stabilnost ni izpolnjena: najboljši Q ni hkrati najboljši po S ali R</translation>
        </message>
        <message>
            <source>distributive mode: each criterion's local priorities sum to 1, global priority = weighted sum (global priorities sum to 1)</source>
            <translation>distributivni način: lokalne prioritete vsakega merila se seštejejo v 1, globalna prioriteta = utežena vsota (globalne prioritete se seštejejo v 1)</translation>
        </message>
        <message>
            <source>ideal mode (Saaty): each criterion's local priorities divided by their largest value, weighted sum, then the global scores renormalised to sum 1</source>
            <translation>idealni način (Saaty): lokalne prioritete vsakega merila deljene z največjo, utežena vsota, nato globalne ocene ponovno normirane na vsoto 1</translation>
        </message>
        <message>
            <source>no pairwise judgments of the alternatives: local priorities from the performance values: benefit x/sum(x), cost (1/x)/sum(1/x) (sum normalization; needs values &gt; 0)</source>
            <translation>ni presoj alternativ v parih: lokalne prioritete iz vrednosti: korist x/sum(x), strošek (1/x)/sum(1/x) (normalizacija z vsoto; zahteva vrednosti &gt; 0)</translation>
        </message>
        <message>
            <source>the prioritization parameter applies only to pairwise matrices</source>
            <translation>parameter določanja prioritet velja le za matrike primerjav v parih</translation>
        </message>
        <message>
            <source>score = utility degree Q/max Q (1 for the best); Q = S+ + sum S- / (S- x sum 1/S-) as in Zavadskas et al. (1994)</source>
            <translation>ocena = stopnja koristnosti Q/max Q (1 za najboljšo); Q = S+ + sum S- / (S- x sum 1/S-) kot pri Zavadskas et al. (1994)</translation>
        </message>
        <message>
            <source>composite indicator: missing data, normalization, weighting, aggregation</source>
            <translation>sestavljeni kazalnik: manjkajoči podatki, normalizacija, uteževanje, združevanje</translation>
        </message>
        <message>
            <source>every normalized value is oriented so that higher is better; cost indicators are flipped as the normalization formula states</source>
            <translation>vsaka normalizirana vrednost je usmerjena tako, da je več bolje; kazalniki stroškov so obrnjeni, kot določa formula normalizacije</translation>
        </message>
        <message>
            <source>min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) for cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the best; an indicator with the same value everywhere gets 0.5</source>
            <translation>min-max: y = (x - min)/(max - min) za kazalnike koristi, (max - x)/(max - min) za kazalnike stroškov, min in max med razvrščenimi enotami; 0 je najslabša enota, 1 najboljša; kazalnik z enako vrednostjo povsod dobi 0,5</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the sample standard deviation (divisor m - 1); an indicator with the same value everywhere gets 0</source>
            <translation>z-vrednost: y = (x - povprečje)/sd za kazalnike koristi, (povprečje - x)/sd za kazalnike stroškov; sd je vzorčni standardni odklon (delitelj m - 1); kazalnik z enako vrednostjo povsod dobi 0</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the population standard deviation (divisor m); an indicator with the same value everywhere gets 0</source>
            <translation>z-vrednost: y = (x - povprečje)/sd za kazalnike koristi, (povprečje - x)/sd za kazalnike stroškov; sd je standardni odklon populacije (delitelj m); kazalnik z enako vrednostjo povsod dobi 0</translation>
        </message>
        <message>
            <source>goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for cost indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo and ln hi replace x, lo and hi (as the UNDP HDI income index); values outside the goalposts are clipped to them, so y is in [0, 1]</source>
            <translation>mejne vrednosti: y = (x - lo)/(hi - lo) za kazalnike koristi, (hi - x)/(hi - lo) za kazalnike stroškov, lo in hi sta določeni mejni vrednosti kazalnika; z logaritmom ln x, ln lo in ln hi nadomestijo x, lo in hi (kot pri dohodkovnem indeksu HDI UNDP); vrednosti zunaj meja se prirežejo nanje, zato je y v [0, 1]</translation>
        </message>
        <message>
            <source>distance to a reference (relative difference): y = (x - ref)/|ref| for benefit indicators, (ref - x)/|ref| for cost indicators; 0 is level with the reference, positive is better</source>
            <translation>razdalja do referenčne vrednosti (relativna razlika): y = (x - ref)/|ref| za kazalnike koristi, (ref - x)/|ref| za kazalnike stroškov; 0 pomeni enako kot referenca, pozitivno je bolje</translation>
        </message>
        <message>
            <source>distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost indicators; 1 is level with the reference, above 1 is better</source>
            <translation>razdalja do referenčne vrednosti (razmerje): y = x/ref za kazalnike koristi, ref/x za kazalnike stroškov; 1 pomeni enako kot referenca, nad 1 je bolje</translation>
        </message>
        <message>
            <source>rank: y = the unit's rank on the indicator counted from the worst (1 = worst, m = best); ties share the average of their ranks</source>
            <translation>mesto: y = mesto enote pri kazalniku, šteto od najslabše (1 = najslabša, m = najboljša); izenačene enote si delijo povprečje svojih mest</translation>
        </message>
        <message>
            <source>linear: weighted arithmetic mean sum_j w_j y_j (compensatory)</source>
            <translation>linearno: uteženo aritmetično povprečje sum_j w_j y_j (kompenzacijsko)</translation>
        </message>
        <message>
            <source>geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less compensatory: a low value cannot be fully offset by a high one)</source>
            <translation>geometrično: uteženo geometrično povprečje prod_j y_j^w_j z utežmi, ki se seštejejo v 1 (manj kompenzacijsko: nizke vrednosti visoka ne more v celoti nadomestiti)</translation>
        </message>
        <message>
            <source>units with a missing value are left out of the normalization and the ranking (listed as dropped)</source>
            <translation>enote z manjkajočo vrednostjo so izpuščene iz normalizacije in razvrstitve (navedene kot izpuščene)</translation>
        </message>
        <message>
            <source>a missing value is replaced by the mean of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>manjkajoča vrednost se nadomesti s povprečjem vrednosti drugih enot pri tem kazalniku (neobdelane vrednosti, pred normalizacijo); dopolnjene celice so navedene</translation>
        </message>
        <message>
            <source>a missing value is replaced by the median of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>manjkajoča vrednost se nadomesti z mediano vrednosti drugih enot pri tem kazalniku (neobdelane vrednosti, pred normalizacijo); dopolnjene celice so navedene</translation>
        </message>
        <message>
            <source>rank 1 is the highest composite score</source>
            <translation>1. mesto ima najvišja sestavljena ocena</translation>
        </message>
        <message>
            <source>given reference values (a national value or a target) per indicator</source>
            <translation>podane referenčne vrednosti (nacionalna vrednost ali cilj) za vsak kazalnik</translation>
        </message>
        <message>
            <source>given weights (an indicator without a weight counts 1)</source>
            <translation>podane uteži (kazalnik brez uteži šteje 1)</translation>
        </message>
        <message>
            <source>normalised to sum 1</source>
            <translation>normirane na vsoto 1</translation>
        </message>
        <message>
            <source>normalised to sum 1 inside each group</source>
            <translation>normirane na vsoto 1 znotraj vsake skupine</translation>
        </message>
        <message>
            <source>dimension weights equal</source>
            <translation>uteži dimenzij enake</translation>
        </message>
        <message>
            <source>dimension weights given per group</source>
            <translation>uteži dimenzij podane za vsako skupino</translation>
        </message>
        <message>
            <source>Entropy weights (Shannon)</source>
            <translation>entropijske uteži (Shannon)</translation>
        </message>
        <message>
            <source>CRITIC weights (Diakoulaki)</source>
            <translation>uteži CRITIC (Diakoulaki)</translation>
        </message>
        <message>
            <source>the weights inside a group and of the groups are the group shares of these global weights</source>
            <translation>uteži znotraj skupine in uteži skupin so deleži skupin teh globalnih uteži</translation>
        </message>
        <message>
            <source>missing-data handling, group aggregation, goalposts and reference stay as in the base settings</source>
            <translation>obravnava manjkajočih podatkov, združevanje v skupinah, mejne vrednosti in referenca ostanejo kot v osnovnih nastavitvah</translation>
        </message>
        <message>
            <source>median and 5th/95th percentiles of each unit's rank over the runs (linear interpolation between order statistics)</source>
            <translation>mediana ter 5. in 95. percentil mesta vsake enote v izračunih (linearna interpolacija med vrstilnimi statistikami)</translation>
        </message>
        <message>
            <source>max_row_col: X divided by k = the largest of all row sums and column sums of X</source>
            <translation>max_row_col: X, deljena s k = največja od vseh vsot vrstic in stolpcev matrike X</translation>
        </message>
        <message>
            <source>max_row: X divided by k = the largest row sum of X</source>
            <translation>max_row: X, deljena s k = največja vsota vrstice matrike X</translation>
        </message>
        <message>
            <source>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1</source>
            <translation>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normirano na vsoto 1</translation>
        </message>
        <message>
            <source>prominence: w_i = (D_i + R_i), normalised to sum 1</source>
            <translation>prominence: w_i = (D_i + R_i), normirano na vsoto 1</translation>
        </message>
        <message>
            <source>mean of all entries of T</source>
            <translation>povprečje vseh elementov matrike T</translation>
        </message>
        <message>
            <source>set by the user</source>
            <translation>določil uporabnik</translation>
        </message>
        <message>
            <source>rows influence columns: x_ij is the direct influence of factor i on j</source>
            <translation>vrstice vplivajo na stolpce: x_ij je neposredni vpliv dejavnika i na j</translation>
        </message>
        <message>
            <source>N = X / k; T = N (I - N)^-1, computed by a linear solve</source>
            <translation>N = X / k; T = N (I - N)^-1, izračunano z reševanjem linearnega sistema</translation>
        </message>
        <message>
            <source>D = row sums of T (influence given), R = column sums (influence received)</source>
            <translation>D = vsote vrstic matrike T (dani vpliv), R = vsote stolpcev (prejeti vpliv)</translation>
        </message>
        <message>
            <source>causes: D - R &gt; 0; effects: D - R &lt;= 0</source>
            <translation>vzroki: D - R &gt; 0; posledice: D - R &lt;= 0</translation>
        </message>
        <message>
            <source>impact-relation map: arcs i -&gt; j with T_ij &gt; threshold, self-loops omitted</source>
            <translation>diagram vplivov: povezave i -&gt; j, kjer je T_ij &gt; prag, brez zank na istem dejavniku</translation>
        </message>
        <message>
            <source>local priorities: AHP within each SWOT group (or weights given directly, normalised to sum 1)</source>
            <translation>lokalne prioritete: AHP znotraj vsake skupine SWOT (ali neposredno podane uteži, normirane na vsoto 1)</translation>
        </message>
        <message>
            <source>group weights: AHP over S, W, O, T (or weights given directly)</source>
            <translation>uteži skupin: AHP nad S, W, O, T (ali neposredno podane uteži)</translation>
        </message>
        <message>
            <source>global priority = group weight x local priority; all global priorities sum to 1</source>
            <translation>globalna prioriteta = utež skupine x lokalna prioriteta; vsota vseh globalnih prioritet je 1</translation>
        </message>
        <message>
            <source>strategy score = sum over factors of global priority x score (higher is better)</source>
            <translation>ocena strategije = vsota po dejavnikih globalne prioritete x ocene (višje je bolje)</translation>
        </message>
        <message>
            <source>strategy priority = sum over factors of global priority x local priority of the strategy from the pairwise comparison with respect to that factor</source>
            <translation>prioriteta strategije = vsota po dejavnikih globalne prioritete x lokalne prioritete strategije iz primerjave v parih glede na ta dejavnik</translation>
        </message>
        <message>
            <source>principal right eigenvector (Saaty), normalised to sum 1; lambda_max is its eigenvalue</source>
            <translation>glavni desni lastni vektor (Saaty), normiran na vsoto 1; lambda_max je njegova lastna vrednost</translation>
        </message>
        <message>
            <source>row geometric mean (Crawford &amp; Williams 1985), normalised to sum 1; lambda_max estimated as the mean of (A w)_i / w_i</source>
            <translation>geometrična sredina vrstic (Crawford &amp; Williams 1985), normirana na vsoto 1; lambda_max ocenjena kot povprečje (A w)_i / w_i</translation>
        </message>
        <message>
            <source>aggregation of individual judgments (AIJ): weighted geometric mean of each pair over the participants who judged it (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</source>
            <translation>združevanje posameznih presoj (AIJ): utežena geometrična sredina vsakega para prek udeležencev, ki so ga presodili (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</translation>
        </message>
        <message>
            <source>aggregation of individual priorities (AIP): weighted geometric mean of each item's priority over the participants, renormalised to sum 1 (Forman &amp; Peniwati 1998)</source>
            <translation>združevanje posameznih prioritet (AIP): utežena geometrična sredina prioritete vsakega elementa prek udeležencev, ponovno normirana na vsoto 1 (Forman &amp; Peniwati 1998)</translation>
        </message>
        <message>
            <source>Saaty's (1980) random index stops at n = 10; CR uses the table named above</source>
            <translation>Saatyjev (1980) slučajni indeks sega le do n = 10; CR uporablja zgoraj navedeno tabelo</translation>
        </message>
        <message>
            <source>suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and 'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'</source>
            <translation>predlogi: presoje, razvrščene po deležu nedoslednosti |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); za vsako je 'suggested' vrednost na Saatyjevi lestvici 1/9..9, ki najbolj zniža CR, če se spremeni samo ta presoja, 'cr_after' CR po tej spremembi, 'consistent_value' = w_i/w_j pa neomejena vrednost z njenim CR 'cr_consistent'</translation>
        </message>
        <message>
            <source>Alonso &amp; Lamata (2006) linear fit</source>
            <translation>linearna aproksimacija Alonso &amp; Lamata (2006)</translation>
        </message>
        <message>
            <source>not given: 100 (national average) assumed</source>
            <translation>ni podan: predpostavljeno 100 (državno povprečje)</translation>
        </message>
        <message>
            <source>population x spending per capita x purchasing-power index / 100</source>
            <translation>prebivalci x izdatki na prebivalca x indeks kupne moči / 100</translation>
        </message>
        <message>
            <source>derived: local spending per capita / national spending per capita x 100</source>
            <translation>izpeljan: lokalni izdatki na prebivalca / državni izdatki na prebivalca x 100</translation>
        </message>
        <message>
            <source>simple: turnover / spending potential x 100</source>
            <translation>preprosta: promet / kupni potencial x 100</translation>
        </message>
        <message>
            <source>index: turnover index / purchasing-power index x 100, turnover index = local turnover per capita / national turnover per capita x 100</source>
            <translation>indeksna: indeks prometa / indeks kupne moči x 100, indeks prometa = lokalni promet na prebivalca / državni promet na prebivalca x 100</translation>
        </message>
        <message>
            <source>(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage (residents spend outside), negative = surplus (spending flows in); range -100..100</source>
            <translation>(D - S) / (D + S) x 100, kjer je D = kupni potencial, S = promet: pozitivno = odliv (prebivalci kupujejo drugje), negativno = presežek (kupna moč priteka); razpon -100..100</translation>
        </message>
        <message>
            <source>turnover - spending potential (positive: inflow, negative: outflow)</source>
            <translation>promet - kupni potencial (pozitivno: pritok, negativno: odtok)</translation>
        </message>
        <message>
            <source>spending potential - turnover (positive: unmet demand)</source>
            <translation>kupni potencial - promet (pozitivno: nezadovoljeno povpraševanje)</translation>
        </message>
        <message>
            <source>gap / turnover per m² (m²; negative: more floor space than resident demand supports)</source>
            <translation>vrzel / promet na m² (m²; negativno: več prodajne površine, kot jo podpira povpraševanje prebivalcev)</translation>
        </message>
        <message>
            <source>local sales per capita / regional sales per capita</source>
            <translation>lokalna prodaja na prebivalca / regionalna prodaja na prebivalca</translation>
        </message>
        <message>
            <source>Standard-deviation weights</source>
            <translation>uteži po standardnem odklonu</translation>
        </message>
        <message>
            <source>MEREC weights (removal effects)</source>
            <translation>uteži MEREC (učinki odstranitve)</translation>
        </message>
        <message>
            <source>Statistical-variance weights</source>
            <translation>uteži po statistični varianci</translation>
        </message>
        <message>
            <source>Gini-coefficient weights</source>
            <translation>uteži po Ginijevem koeficientu</translation>
        </message>
        <message>
            <source>as defined by pymcdm's {method} (its default)</source>
            <translation>kot ga opredeljuje {method} v pymcdm (privzeto)</translation>
        </message>
        <message>
            <source>compromise solution (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</source>
            <translation>kompromisna rešitev (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</translation>
        </message>
        <message>
            <source>acceptable advantage ({dq}) and acceptable stability hold</source>
            <translation>sprejemljiva prednost ({dq}) in sprejemljiva stabilnost sta izpolnjeni</translation>
        </message>
        <message>
            <source>acceptable advantage fails: these are within {dq} of the best Q</source>
            <translation>sprejemljiva prednost ni izpolnjena: te so znotraj {dq} od najboljšega Q</translation>
        </message>
        <message>
            <source>preference functions: {functions}</source>
            <translation>preferenčne funkcije: {functions}</translation>
        </message>
        <message>
            <source>objective: {method}</source>
            <translation>objektivne: {method}</translation>
        </message>
        <message>
            <source>objective {method} of the normalized matrix (every indicator already oriented so higher is better)</source>
            <translation>objektivne {method} normalizirane matrike (vsak kazalnik že usmerjen tako, da je več bolje)</translation>
        </message>
        <message>
            <source>budget allocation: points given to each indicator, divided by the total ({points} points)</source>
            <translation>razdelitev točk: točke, dodeljene vsakemu kazalniku, deljene s skupno vsoto ({points} točk)</translation>
        </message>
        <message>
            <source>indicators of a group are first combined into a dimension index by {how}; the dimension indices are then aggregated</source>
            <translation>kazalniki skupine se najprej združijo v indeks dimenzije z metodo {how}; indeksi dimenzij se nato združijo</translation>
        </message>
        <message>
            <source>{count} missing value(s) imputed</source>
            <translation>dopolnjene manjkajoče vrednosti: {count}</translation>
        </message>
        <message>
            <source>{count} value(s) lay outside their goalposts and were clipped</source>
            <translation>vrednosti zunaj mejnih vrednosti, prirezane nanje: {count}</translation>
        </message>
        <message>
            <source>indicator(s) {names} have the same value for every unit</source>
            <translation>kazalniki {names} imajo pri vseh enotah enako vrednost</translation>
        </message>
        <message>
            <source>the values of unit '{unit}'</source>
            <translation>vrednosti enote '{unit}'</translation>
        </message>
        <message>
            <source>zeros occur after {method} normalization, so every normalized value was shifted to y' = {floor} + {span} * y (range [{lo}, 1]) before the geometric mean</source>
            <translation>po normalizaciji {method} se pojavijo ničle, zato je bila vsaka normalizirana vrednost pred geometričnim povprečjem premaknjena na y' = {floor} + {span} * y (razpon [{lo}, 1])</translation>
        </message>
        <message>
            <source>values &lt;= 0 occur after {method} normalization, so each indicator was rescaled to [{lo}, 1] by y' = {floor} + {span} * (y - min)/(max - min) before the geometric mean</source>
            <translation>po normalizaciji {method} se pojavijo vrednosti &lt;= 0, zato je bil vsak kazalnik pred geometričnim povprečjem preračunan na [{lo}, 1] z y' = {floor} + {span} * (y - min)/(max - min)</translation>
        </message>
        <message>
            <source>each global indicator weight drawn uniformly in [w (1 - {lo}), w (1 + {hi})] around the base weights, then renormalised to sum 1</source>
            <translation>vsaka globalna utež kazalnika izžrebana enakomerno v [w (1 - {lo}), w (1 + {hi})] okoli osnovnih uteži, nato ponovno normirana na vsoto 1</translation>
        </message>
        <message>
            <source>{vectors} weight vectors x {norms} normalization(s) x {aggs} aggregation(s) = {runs} runs (every combination of the discrete choices for each weight vector; runs rounded up to a multiple of the combinations)</source>
            <translation>{vectors} vektorjev uteži x {norms} normalizacij x {aggs} združevanj = {runs} izračunov (vsaka kombinacija diskretnih izbir za vsak vektor uteži; število izračunov zaokroženo navzgor na večkratnik kombinacij)</translation>
        </message>
        <message>
            <source>numpy default_rng({seed}); the same seed gives the same runs</source>
            <translation>numpy default_rng({seed}); isto seme da iste izračune</translation>
        </message>
        <message>
            <source>{count} expert matrix(es) averaged element-wise (arithmetic mean)</source>
            <translation>št. matrik strokovnjakov, povprečenih po elementih (aritmetična sredina): {count}</translation>
        </message>
        <message>
            <source>prioritization: {how}</source>
            <translation>določanje prioritet: {how}</translation>
        </message>
        <message>
            <source>several participants: {how}</source>
            <translation>več udeležencev: {how}</translation>
        </message>
        <message>
            <source>{count} missing judgment(s) completed by {reference} Missing pairs are set to w_i/w_j and CI and CR are computed on that completed matrix.</source>
            <translation>Manjkajoče presoje (št.: {count}) dopolnjene po {reference} Manjkajoči pari so nastavljeni na w_i/w_j, CI in CR pa sta izračunana na tako dopolnjeni matriki.</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Zanesljivost</translation>
        </message>
        <message>
            <source>Rank {rank}</source>
            <translation>Mesto {rank}</translation>
        </message>
        <message>
            <source>Share of draws in which it wins with its central weights</source>
            <translation>Delež žrebov, v katerih zmaga s svojimi osrednjimi utežmi</translation>
        </message>
        <message>
            <source>Share of the sampled weightings that put it at rank {rank}</source>
            <translation>Delež izžrebanih uteževanj, ki jo postavijo na mesto {rank}</translation>
        </message>
        <message>
            <source>{measure} between {first} and {second}</source>
            <translation>{measure} med {first} in {second}</translation>
        </message>
        <message>
            <source>Spearman's rank correlation with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Spearmanova korelacija razvrstitev z metodo {method}: 1 = enak vrstni red, 0 = brez povezave</translation>
        </message>
        <message>
            <source>Kendall's tau-b with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Kendallov tau-b z metodo {method}: 1 = enak vrstni red, 0 = brez povezave</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manjka</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Vir: {source}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE: not from a named source</source>
            <translation>PONAZORITVENO: ne iz navedenega vira</translation>
        </message>
        <message>
            <source>{count} inhabitants</source>
            <translation>{count} prebivalcev</translation>
        </message>
        <message>
            <source>Weight (local)</source>
            <translation>Utež (lokalna)</translation>
        </message>
        <message>
            <source>benefit</source>
            <translation>korist</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>strošek</translation>
        </message>
        <message>
            <source>Change name of {criterion}</source>
            <translation>Spremeni ime merila {criterion}</translation>
        </message>
        <message>
            <source>Change direction of {criterion}</source>
            <translation>Spremeni smer merila {criterion}</translation>
        </message>
        <message>
            <source>Change unit of {criterion}</source>
            <translation>Spremeni enoto merila {criterion}</translation>
        </message>
        <message>
            <source>Change weight of {criterion}</source>
            <translation>Spremeni utež merila {criterion}</translation>
        </message>
        <message>
            <source>Change description of {criterion}</source>
            <translation>Spremeni opis merila {criterion}</translation>
        </message>
        <message>
            <source>no weight yet: give one here or on the Weights page</source>
            <translation>še brez uteži: določite jo tukaj ali na strani Uteži</translation>
        </message>
        <message>
            <source>group '{group}' (id {id}): drop criteria here to move them into it</source>
            <translation>skupina »{group}« (id {id}): spustite merila sem, da jih premaknete vanjo</translation>
        </message>
        <message>
            <source>criterion '{id}': the name cannot be empty</source>
            <translation>merilo »{id}«: ime ne sme biti prazno</translation>
        </message>
        <message>
            <source>{error} (nothing was changed)</source>
            <translation>{error} (nič ni bilo spremenjeno)</translation>
        </message>
        <message>
            <source>Move {names} into {group}</source>
            <translation>Premakni {names} v {group}</translation>
        </message>
        <message>
            <source>Move {names} to the top level</source>
            <translation>Premakni {names} na najvišjo raven</translation>
        </message>
        <message>
            <source>criterion '{criterion}': weight {value} is not a number</source>
            <translation>merilo »{criterion}«: utež {value} ni število</translation>
        </message>
        <message>
            <source>criterion '{criterion}': a weight must be zero or positive, not {value}</source>
            <translation>merilo »{criterion}«: utež mora biti nič ali pozitivna, ne {value}</translation>
        </message>
        <message>
            <source>{a} compared with itself</source>
            <translation>{a} v primerjavi s samim seboj</translation>
        </message>
        <message>
            <source>{a} / {b}: not answered (completed value in brackets, if any)</source>
            <translation>{a} / {b}: brez odgovora (dopolnjena vrednost v oklepaju, če obstaja)</translation>
        </message>
        <message>
            <source>{a} is {ratio} times as important as {b}</source>
            <translation>»{a}« ima {ratio}-kratno pomembnost »{b}«</translation>
        </message>
        <message>
            <source>missing value: ranking needs a number here</source>
            <translation>manjkajoča vrednost: za razvrstitev je tukaj potrebno število</translation>
        </message>
        <message>
            <source>benefit: higher is better</source>
            <translation>korist: višje je bolje</translation>
        </message>
        <message>
            <source>cost: lower is better</source>
            <translation>strošek: nižje je bolje</translation>
        </message>
        <message>
            <source>alternative {n}: the name cannot be empty</source>
            <translation>alternativa {n}: ime ne sme biti prazno</translation>
        </message>
        <message>
            <source>Rename {name}</source>
            <translation>Preimenuj {name}</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': {value} is not a number (the value was not changed)</source>
            <translation>alternativa »{alternative}«, merilo »{criterion}«: {value} ni število (vrednost ni bila spremenjena)</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': the value must be finite</source>
            <translation>alternativa »{alternative}«, merilo »{criterion}«: vrednost mora biti končna</translation>
        </message>
        <message>
            <source>Edit {alternative} / {criterion}</source>
            <translation>Uredi {alternative} / {criterion}</translation>
        </message>
        <message>
            <source>{alternatives} alternatives, {criteria} criteria</source>
            <translation>alternative: {alternatives}, merila: {criteria}</translation>
        </message>
        <message>
            <source>changed {when}</source>
            <translation>spremenjeno {when}</translation>
        </message>
        <message>
            <source>{name} (id {id})</source>
            <translation>{name} (id {id})</translation>
        </message>
        <message>
            <source>{scenario}: ranked with {method}</source>
            <translation>{scenario}: razvrščeno z metodo {method}</translation>
        </message>
        <message>
            <source>no weight saved for {criteria} (the current one is used)</source>
            <translation>za {criteria} ni shranjene uteži (uporabljena je trenutna)</translation>
        </message>
        <message>
            <source>{n} place(s) up from {base}</source>
            <translation>{n} mest(o) višje kot pri {base}</translation>
        </message>
        <message>
            <source>{n} place(s) down from {base}</source>
            <translation>{n} mest(o) nižje kot pri {base}</translation>
        </message>
        <message>
            <source>'{factor}' on itself: always 0 (locked)</source>
            <translation>'{factor}' na samega sebe: vedno 0 (zaklenjeno)</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} ({word})</source>
            <translation>Vpliv '{a}' na '{b}': {value} ({word})</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Dejavnik</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>vzrok</translation>
        </message>
        <message>
            <source>DEMATEL: causes and effects among success and failure factors</source>
            <translation>DEMATEL: vzroki in posledice med dejavniki uspeha in neuspeha</translation>
        </message>
        <message>
            <source>DEMATEL file (JSON): factors plus matrix or matrices (0-4)</source>
            <translation>datoteka DEMATEL (JSON): dejavniki ter matrika ali matrike (0-4)</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT): priorities of SWOT factors</source>
            <translation>SWOT-AHP (A'WOT): prioritete dejavnikov SWOT</translation>
        </message>
        <message>
            <source>A'WOT file (JSON): groups S, W, O, T plus group_matrix</source>
            <translation>datoteka A'WOT (JSON): skupine S, W, O, T ter group_matrix</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>posledica</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brez)</translation>
        </message>
        <message>
            <source>DEMATEL, {experts} expert(s); normaliser k = {k} ({normalization}); weights: {weighting}</source>
            <translation>DEMATEL, strokovnjakov: {experts}; normalizator k = {k} ({normalization}); uteži: {weighting}</translation>
        </message>
        <message>
            <source>Impact-relation map: arcs with T &gt; {threshold} ({source})</source>
            <translation>Zemljevid vplivov: povezave s T &gt; {threshold} ({source})</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT); CR of the group comparison: {cr}</source>
            <translation>SWOT-AHP (A'WOT); CR primerjave skupin: {cr}</translation>
        </message>
        <message>
            <source>Strategies compared pairwise per factor (A'WOT); highest CR: {cr}</source>
            <translation>Strategije, primerjane v parih po dejavnikih (A'WOT); najvišji CR: {cr}</translation>
        </message>
        <message>
            <source>How much more important is '{a}' than '{b}'?</source>
            <translation>Koliko večjo pomembnost ima »{a}« kot »{b}«?</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokalna</translation>
        </message>
        <message>
            <source>Group weight</source>
            <translation>Utež skupine</translation>
        </message>
        <message>
            <source>Global</source>
            <translation>Globalna</translation>
        </message>
        <message>
            <source>Change to flip</source>
            <translation>Sprememba</translation>
        </message>
        <message>
            <source>New winner</source>
            <translation>Nov zmagovalec</translation>
        </message>
        <message>
            <source>Winner stays for</source>
            <translation>Zmaga v razponu</translation>
        </message>
        <message>
            <source>The criterion's share of the total weight</source>
            <translation>Delež merila v skupni uteži</translation>
        </message>
        <message>
            <source>Percentage points the weight must move (the others rescaled in proportion) for another alternative to win; negative = less weight</source>
            <translation>Odstotne točke, za katere se mora utež premakniti (druge sorazmerno prilagojene), da zmaga druga alternativa; negativno = manjša utež</translation>
        </message>
        <message>
            <source>The alternative that would win after that change</source>
            <translation>Alternativa, ki bi zmagala po tej spremembi</translation>
        </message>
        <message>
            <source>The range of this weight within which the current winner stays first</source>
            <translation>Razpon te uteži, v katerem trenutni zmagovalec ostane prvi</translation>
        </message>
        <message>
            <source>From {old} to {new}: {winner} would win</source>
            <translation>Od {old} do {new}: zmagala bi {winner}</translation>
        </message>
        <message>
            <source>Min-max (0-1)</source>
            <translation>Min-max (0–1)</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z-vrednost</translation>
        </message>
        <message>
            <source>Goalposts (fixed min-max)</source>
            <translation>Fiksne meje (stalni min-max)</translation>
        </message>
        <message>
            <source>Distance to reference</source>
            <translation>Razdalja do reference</translation>
        </message>
        <message>
            <source>Leave the town out</source>
            <translation>Izpusti mesto</translation>
        </message>
        <message>
            <source>Impute the mean</source>
            <translation>Nadomesti s povprečjem</translation>
        </message>
        <message>
            <source>Impute the median</source>
            <translation>Nadomesti z mediano</translation>
        </message>
        <message>
            <source>Given weights</source>
            <translation>Podane uteži</translation>
        </message>
        <message>
            <source>Equal</source>
            <translation>Enake</translation>
        </message>
        <message>
            <source>Budget points</source>
            <translation>Razdelitev točk</translation>
        </message>
        <message>
            <source>Entropy (objective)</source>
            <translation>Entropija (objektivno)</translation>
        </message>
        <message>
            <source>CRITIC (objective)</source>
            <translation>CRITIC (objektivno)</translation>
        </message>
        <message>
            <source>Linear (compensatory)</source>
            <translation>Linearna (kompenzacijska)</translation>
        </message>
        <message>
            <source>Geometric</source>
            <translation>Geometrična</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>razmerje</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>relativna razlika</translation>
        </message>
        <message>
            <source>missing — this town is left out of the composite (missing data: leave out)</source>
            <translation>manjka — mesto je izpuščeno iz sestavljenega kazalnika (manjkajoči podatki: izpusti)</translation>
        </message>
        <message>
            <source>missing — imputed by the mean of the other towns</source>
            <translation>manjka — nadomeščeno s povprečjem drugih mest</translation>
        </message>
        <message>
            <source>missing — imputed by the median of the other towns</source>
            <translation>manjka — nadomeščeno z mediano drugih mest</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Enota: {unit}</translation>
        </message>
        <message>
            <source>More is better</source>
            <translation>Več je bolje</translation>
        </message>
        <message>
            <source>Less is better</source>
            <translation>Manj je bolje</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Skupina: {group}</translation>
        </message>
        <message>
            <source>Goalposts: {low} – {high}</source>
            <translation>Meje: {low} – {high}</translation>
        </message>
        <message>
            <source>no source named</source>
            <translation>vir ni naveden</translation>
        </message>
        <message>
            <source>Source: {source}, {year}</source>
            <translation>Vir: {source}, {year}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values: not taken from a named source</source>
            <translation>PONAZORITVENE vrednosti: niso iz navedenega vira</translation>
        </message>
        <message>
            <source>{what}: '{part}' should be indicator=value</source>
            <translation>{what}: »{part}« mora imeti obliko kazalnik=vrednost</translation>
        </message>
        <message>
            <source>{what}: '{key}' is not an indicator id ({ids})</source>
            <translation>{what}: »{key}« ni oznaka kazalnika ({ids})</translation>
        </message>
        <message>
            <source>{what} '{key}': no value</source>
            <translation>{what} »{key}«: ni vrednosti</translation>
        </message>
        <message>
            <source>each axis: normalized value rescaled to the towns ranked (0 = worst, 1 = best)</source>
            <translation>vsaka os: normalizirana vrednost, preračunana na razvrščena mesta (0 = najslabše, 1 = najboljše)</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a number</source>
            <translation>{where}: »{text}« ni število</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a finite number; leave it empty</source>
            <translation>{where}: »{text}« ni končno število; pustite polje prazno</translation>
        </message>
        <message>
            <source>the clipboard holds no cells to paste</source>
            <translation>odložišče ne vsebuje celic za lepljenje</translation>
        </message>
        <message>
            <source>row {row}, column {column} of the copied cells: {text} is not a number</source>
            <translation>vrstica {row}, stolpec {column} kopiranih celic: {text} ni število</translation>
        </message>
        <message>
            <source>the copied cells hold only labels, no values to paste</source>
            <translation>kopirane celice vsebujejo samo oznake, ni vrednosti za lepljenje</translation>
        </message>
        <message>
            <source>a table has two dimensions, this one has {n}</source>
            <translation>tabela ima dve dimenziji, ta jih ima {n}</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Dokument PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Dokument Word (*.docx)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Web page, self-contained (*.html)</source>
            <translation>Spletna stran, samostojna (*.html)</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>It follows the recommendation</source>
            <translation>Sledi priporočilu</translation>
        </message>
        <message>
            <source>It differs from the recommendation</source>
            <translation>Razlikuje se od priporočila</translation>
        </message>
        <message>
            <source>Decide from the text (it names the first-ranked option or not)</source>
            <translation>Določi iz besedila (ali navaja prvouvrščeno možnost)</translation>
        </message>
        <message>
            <source>{project} — decision memo</source>
            <translation>{project} — odločitveni memorandum</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}): {text}</source>
            <translation>Nepričakovana napaka ({kind}): {text}</translation>
        </message>
        <message>
            <source>currency units per year</source>
            <translation>denarnih enot na leto</translation>
        </message>
        <message>
            <source>Data set: {name}</source>
            <translation>Nabor podatkov: {name}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics.</source>
            <translation>PONAZORITVENE vrednosti, ne statistika.</translation>
        </message>
        <message>
            <source>index (100 = turnover equals spending potential)</source>
            <translation>indeks (100 = promet je enak kupnemu potencialu)</translation>
        </message>
        <message>
            <source>index (national average = 100)</source>
            <translation>indeks (državno povprečje = 100)</translation>
        </message>
        <message>
            <source>index (100 = national average)</source>
            <translation>indeks (100 = državno povprečje)</translation>
        </message>
        <message>
            <source>% (−100 to 100)</source>
            <translation>% (od −100 do 100)</translation>
        </message>
        <message>
            <source>ratio (1 = regional average)</source>
            <translation>razmerje (1 = regionalno povprečje)</translation>
        </message>
        <message>
            <source>m² of sales floor</source>
            <translation>m² prodajne površine</translation>
        </message>
        <message>
            <source>Retail figures</source>
            <translation>Kazalniki trgovine</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kazalnik</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Opredelitev</translation>
        </message>
        <message>
            <source>Retail centrality (simple: turnover / spending potential × 100).</source>
            <translation>Centralnost trgovine (preprosta: promet / kupni potencial × 100).</translation>
        </message>
        <message>
            <source>Retail centrality (index form: turnover index / purchasing-power index × 100, needs national per-capita values).</source>
            <translation>Centralnost trgovine (indeksna oblika: indeks prometa / indeks kupne moči × 100, potrebuje državne vrednosti na prebivalca).</translation>
        </message>
        <message>
            <source>Empty cell: a needed input is missing.</source>
            <translation>Prazna celica: manjka potreben vhodni podatek.</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Vhodni podatki</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Vhodni podatek</translation>
        </message>
        <message>
            <source>Product groups take population and purchasing-power index from the town.</source>
            <translation>Skupine izdelkov prevzamejo število prebivalcev in indeks kupne moči od mesta.</translation>
        </message>
        <message>
            <source>Huff model: P = A^γ d^−λ / Σ A^γ d^−λ with γ = {gamma} and λ = {lam}; turnover = Σ zone spending × P; market share = turnover / total spending.</source>
            <translation>Huffov model: P = A^γ d^−λ / Σ A^γ d^−λ z γ = {gamma} in λ = {lam}; promet = Σ izdatki območja × P; tržni delež = promet / skupni izdatki.</translation>
        </message>
        <message>
            <source>Turnover and share</source>
            <translation>Promet in delež</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Središče</translation>
        </message>
        <message>
            <source>Attractiveness (m²)</source>
            <translation>Privlačnost (m²)</translation>
        </message>
        <message>
            <source>Expected turnover ({unit})</source>
            <translation>Pričakovani promet ({unit})</translation>
        </message>
        <message>
            <source>Market share (0–1)</source>
            <translation>Tržni delež (0–1)</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Verjetnosti</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Območje</translation>
        </message>
        <message>
            <source>Probability (0–1) that a zone's spending goes to each centre; rows sum to 1.</source>
            <translation>Verjetnost (0–1), da izdatki območja gredo v posamezno središče; vsota vrstice je 1.</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Dostopnost</translation>
        </message>
        <message>
            <source>Hansen accessibility</source>
            <translation>Dostopnost po Hansenu</translation>
        </message>
        <message>
            <source>New-store impact</source>
            <translation>Vpliv nove trgovine</translation>
        </message>
        <message>
            <source>Turnover before ({unit})</source>
            <translation>Promet prej ({unit})</translation>
        </message>
        <message>
            <source>Turnover after ({unit})</source>
            <translation>Promet potem ({unit})</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>Sprememba (%)</translation>
        </message>
        <message>
            <source>Loss ≥ threshold</source>
            <translation>Izguba ≥ prag</translation>
        </message>
        <message>
            <source>Planned new store: {name}, market share {share} (0–1).</source>
            <translation>Načrtovana nova trgovina: {name}, tržni delež {share} (0–1).</translation>
        </message>
        <message>
            <source>Threshold: losses of {pct} % or more are flagged.</source>
            <translation>Prag: izgube {pct} % ali več so označene.</translation>
        </message>
        <message>
            <source>Interaction (Σ gravity)</source>
            <translation>Interakcija (Σ gravitacije)</translation>
        </message>
        <message>
            <source>Functional index</source>
            <translation>Funkcijski indeks</translation>
        </message>
        <message>
            <source>Breaking points</source>
            <translation>Točke preloma</translation>
        </message>
        <message>
            <source>Town a</source>
            <translation>Mesto a</translation>
        </message>
        <message>
            <source>Town b</source>
            <translation>Mesto b</translation>
        </message>
        <message>
            <source>Distance a–b</source>
            <translation>Razdalja a–b</translation>
        </message>
        <message>
            <source>Breaking point from a</source>
            <translation>Točka preloma od a</translation>
        </message>
        <message>
            <source>Breaking point from b</source>
            <translation>Točka preloma od b</translation>
        </message>
        <message>
            <source>Distances in the unit of the distance matrix.</source>
            <translation>Razdalje v enoti matrike razdalj.</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravitacija</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Total outlets</source>
            <translation>Vse enote</translation>
        </message>
        <message>
            <source>Location coefficient</source>
            <translation>Lokacijski koeficient</translation>
        </message>
        <message>
            <source>{file}: export as .xlsx or .csv</source>
            <translation>{file}: izvozite kot .xlsx ali .csv</translation>
        </message>
        <message>
            <source>There is no table '{key}' to export.</source>
            <translation>Tabele »{key}« za izvoz ni.</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Trgovina</translation>
        </message>
        <message>
            <source>Town network</source>
            <translation>Omrežje mest</translation>
        </message>
        <message>
            <source>Retail figures (*.json);;All files (*)</source>
            <translation>Podatki o trgovini (*.json);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Zones, centres and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Območja, središča in razdalje (*.xlsx *.csv *.json);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Towns and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Mesta in razdalje (*.xlsx *.csv *.json);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>file: expected a JSON object {...}</source>
            <translation>datoteka: pričakovan je objekt JSON {...}</translation>
        </message>
        <message>
            <source>Illustrative values.</source>
            <translation>Ponazoritvene vrednosti.</translation>
        </message>
        <message>
            <source>Sources: {list}</source>
            <translation>Viri: {list}</translation>
        </message>
        <message>
            <source>{where}: is empty; type a number</source>
            <translation>{where}: je prazno; vnesite število</translation>
        </message>
        <message>
            <source>{where} must be &gt;= 0 (typed {value})</source>
            <translation>{where} mora biti &gt;= 0 (vneseno {value})</translation>
        </message>
        <message>
            <source>{where} must be &gt; 0 (typed {value})</source>
            <translation>{where} mora biti &gt; 0 (vneseno {value})</translation>
        </message>
        <message>
            <source>inhabitants</source>
            <translation>prebivalcev</translation>
        </message>
        <message>
            <source>Retail spending per capita</source>
            <translation>Izdatki za maloprodajo na prebivalca</translation>
        </message>
        <message>
            <source>currency per year</source>
            <translation>denarnih enot na leto</translation>
        </message>
        <message>
            <source>Purchasing-power index</source>
            <translation>Indeks kupne moči</translation>
        </message>
        <message>
            <source>national average = 100</source>
            <translation>državno povprečje = 100</translation>
        </message>
        <message>
            <source>Spending potential (if known directly)</source>
            <translation>Kupni potencial (če je znan neposredno)</translation>
        </message>
        <message>
            <source>Retail turnover</source>
            <translation>Promet v trgovini na drobno</translation>
        </message>
        <message>
            <source>Turnover per m² of sales floor</source>
            <translation>Promet na m² prodajne površine</translation>
        </message>
        <message>
            <source>currency per m²</source>
            <translation>denarnih enot na m²</translation>
        </message>
        <message>
            <source>National turnover per capita</source>
            <translation>Državni promet na prebivalca</translation>
        </message>
        <message>
            <source>National spending per capita</source>
            <translation>Državni izdatki na prebivalca</translation>
        </message>
        <message>
            <source>Regional retail sales</source>
            <translation>Regionalna prodaja v trgovini na drobno</translation>
        </message>
        <message>
            <source>Regional population</source>
            <translation>Število prebivalcev regije</translation>
        </message>
        <message>
            <source>Spending potential</source>
            <translation>Kupni potencial</translation>
        </message>
        <message>
            <source>population × spending p.c. × PPI / 100</source>
            <translation>prebivalci × izdatki na preb. × IKM / 100</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Promet</translation>
        </message>
        <message>
            <source>as given</source>
            <translation>kot je podan</translation>
        </message>
        <message>
            <source>Retail centrality (simple form)</source>
            <translation>Centralnost trgovine (preprosta oblika)</translation>
        </message>
        <message>
            <source>turnover / spending potential × 100</source>
            <translation>promet / kupni potencial × 100</translation>
        </message>
        <message>
            <source>Turnover index</source>
            <translation>Indeks prometa</translation>
        </message>
        <message>
            <source>turnover p.c. / national turnover p.c. × 100</source>
            <translation>promet na preb. / državni promet na preb. × 100</translation>
        </message>
        <message>
            <source>Retail centrality (index form)</source>
            <translation>Centralnost trgovine (indeksna oblika)</translation>
        </message>
        <message>
            <source>turnover index / PPI × 100</source>
            <translation>indeks prometa / IKM × 100</translation>
        </message>
        <message>
            <source>Net flow (+ inflow, − outflow)</source>
            <translation>Neto tok (+ pritok, − odtok)</translation>
        </message>
        <message>
            <source>turnover − spending potential</source>
            <translation>promet − kupni potencial</translation>
        </message>
        <message>
            <source>Gap (+ unmet demand)</source>
            <translation>Vrzel (+ nepokrito povpraševanje)</translation>
        </message>
        <message>
            <source>spending potential − turnover</source>
            <translation>kupni potencial − promet</translation>
        </message>
        <message>
            <source>Leakage (+) / surplus (−) factor</source>
            <translation>Faktor odtekanja (+) / presežka (−)</translation>
        </message>
        <message>
            <source>(D − S) / (D + S) × 100</source>
            <translation>(D − S) / (D + S) × 100</translation>
        </message>
        <message>
            <source>Pull factor</source>
            <translation>Faktor privlačnosti</translation>
        </message>
        <message>
            <source>sales p.c. / regional sales p.c.</source>
            <translation>prodaja na preb. / regionalna prodaja na preb.</translation>
        </message>
        <message>
            <source>Supportable floor space (m²)</source>
            <translation>Vzdržna prodajna površina (m²)</translation>
        </message>
        <message>
            <source>gap / turnover per m²</source>
            <translation>vrzel / promet na m²</translation>
        </message>
        <message>
            <source>taken from the town</source>
            <translation>prevzeto od mesta</translation>
        </message>
        <message>
            <source>a product group uses the town's figures</source>
            <translation>skupina izdelkov uporablja podatke mesta</translation>
        </message>
        <message>
            <source>{where}: a product group takes it from the town</source>
            <translation>{where}: skupina izdelkov to prevzame od mesta</translation>
        </message>
        <message>
            <source>population and spending per capita (or the potential)</source>
            <translation>število prebivalcev in izdatki na prebivalca (ali potencial)</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>promet</translation>
        </message>
        <message>
            <source>spending potential (population and spending per capita)</source>
            <translation>kupni potencial (število prebivalcev in izdatki na prebivalca)</translation>
        </message>
        <message>
            <source>turnover per m²</source>
            <translation>promet na m²</translation>
        </message>
        <message>
            <source>population</source>
            <translation>število prebivalcev</translation>
        </message>
        <message>
            <source>national turnover per capita</source>
            <translation>državni promet na prebivalca</translation>
        </message>
        <message>
            <source>purchasing-power index (or national spending per capita)</source>
            <translation>indeks kupne moči (ali državni izdatki na prebivalca)</translation>
        </message>
        <message>
            <source>regional sales</source>
            <translation>regionalna prodaja</translation>
        </message>
        <message>
            <source>regional population</source>
            <translation>število prebivalcev regije</translation>
        </message>
        <message>
            <source>cannot be computed from these inputs (e.g. a potential of 0)</source>
            <translation>iz teh podatkov ni izračunljivo (npr. potencial 0)</translation>
        </message>
        <message>
            <source>missing input: {inputs}</source>
            <translation>manjka vhodni podatek: {inputs}</translation>
        </message>
        <message>
            <source>Purchasing-power index: {note}</source>
            <translation>Indeks kupne moči: {note}</translation>
        </message>
        <message>
            <source>observed shares: type at least one share (0–1) to calibrate λ</source>
            <translation>opazovani deleži: za umerjanje λ vnesite vsaj en delež (0–1)</translation>
        </message>
        <message>
            <source>retail spending of the zone's residents per year</source>
            <translation>letni izdatki prebivalcev območja v trgovini na drobno</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Izdatki</translation>
        </message>
        <message>
            <source>attractiveness, usually sales floor in m²</source>
            <translation>privlačnost, običajno prodajna površina v m²</translation>
        </message>
        <message>
            <source>Attractiveness</source>
            <translation>Privlačnost</translation>
        </message>
        <message>
            <source>{zone} → {store} (planned new store)</source>
            <translation>{zone} → {store} (načrtovana nova trgovina)</translation>
        </message>
        <message>
            <source>New store (planned)</source>
            <translation>Nova trgovina (načrtovana)</translation>
        </message>
        <message>
            <source>{store}: the planned new store</source>
            <translation>{store}: načrtovana nova trgovina</translation>
        </message>
        <message>
            <source>observed share of {zone}'s spending at {centre} (0–1; empty = not surveyed)</source>
            <translation>opazovani delež izdatkov območja {zone} v središču {centre} (0–1; prazno = ni anketirano)</translation>
        </message>
        <message>
            <source>{what} name: is empty; type a name</source>
            <translation>ime ({what}): je prazno; vnesite ime</translation>
        </message>
        <message>
            <source>{what} '{name}': the name appears twice</source>
            <translation>{what} »{name}«: ime se pojavi dvakrat</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>območje</translation>
        </message>
        <message>
            <source>spending of {zone}</source>
            <translation>izdatki območja {zone}</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>središče</translation>
        </message>
        <message>
            <source>attractiveness of {centre}</source>
            <translation>privlačnost središča {centre}</translation>
        </message>
        <message>
            <source>distance {a} → {b}</source>
            <translation>razdalja {a} → {b}</translation>
        </message>
        <message>
            <source>observed share {zone} → {centre}</source>
            <translation>opazovani delež {zone} → {centre}</translation>
        </message>
        <message>
            <source>{where} must lie in 0–1 (typed {value})</source>
            <translation>{where} mora biti med 0 in 1 (vneseno {value})</translation>
        </message>
        <message>
            <source>new store</source>
            <translation>nova trgovina</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the Huff model</source>
            <translation>»{table}« ni tabela Huffovega modela</translation>
        </message>
        <message>
            <source>New store</source>
            <translation>Nova trgovina</translation>
        </message>
        <message>
            <source>attractiveness of the new store</source>
            <translation>privlačnost nove trgovine</translation>
        </message>
        <message>
            <source>λ (distance exponent)</source>
            <translation>λ (eksponent razdalje)</translation>
        </message>
        <message>
            <source>γ (attractiveness exponent)</source>
            <translation>γ (eksponent privlačnosti)</translation>
        </message>
        <message>
            <source>β (distance exponent)</source>
            <translation>β (eksponent razdalje)</translation>
        </message>
        <message>
            <source>impact threshold (%)</source>
            <translation>prag vpliva (%)</translation>
        </message>
        <message>
            <source>zones: the model needs at least one zone</source>
            <translation>območja: model potrebuje vsaj eno območje</translation>
        </message>
        <message>
            <source>centres: the model needs at least one centre</source>
            <translation>središča: model potrebuje vsaj eno središče</translation>
        </message>
        <message>
            <source>Market share</source>
            <translation>Tržni delež</translation>
        </message>
        <message>
            <source>Hansen (1959): Σ over the centres of attractiveness × {decay}</source>
            <translation>Hansen (1959): Σ po središčih privlačnost × {decay}</translation>
        </message>
        <message>
            <source>loses {loss} (≥ {threshold})</source>
            <translation>izgubi {loss} (≥ {threshold})</translation>
        </message>
        <message>
            <source>{share} share</source>
            <translation>delež {share}</translation>
        </message>
        <message>
            <source>market share of {store}</source>
            <translation>tržni delež trgovine {store}</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Prej</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Potem</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Sprememba</translation>
        </message>
        <message>
            <source>expected turnover (millions)</source>
            <translation>pričakovani promet (v milijonih)</translation>
        </message>
        <message>
            <source>expected turnover</source>
            <translation>pričakovani promet</translation>
        </message>
        <message>
            <source>town name</source>
            <translation>ime mesta</translation>
        </message>
        <message>
            <source>a town to itself</source>
            <translation>mesto do samega sebe</translation>
        </message>
        <message>
            <source>{a} ↔ {b} (both directions change together)</source>
            <translation>{a} ↔ {b} (obe smeri se spremenita skupaj)</translation>
        </message>
        <message>
            <source>outlets of {function} in {town}</source>
            <translation>enote funkcije {function} v mestu {town}</translation>
        </message>
        <message>
            <source>town</source>
            <translation>mesto</translation>
        </message>
        <message>
            <source>population of {town}</source>
            <translation>število prebivalcev mesta {town}</translation>
        </message>
        <message>
            <source>{where}: a town is 0 from itself</source>
            <translation>{where}: mesto je od samega sebe oddaljeno 0</translation>
        </message>
        <message>
            <source>{where} must be a whole number &gt;= 0 (typed {value})</source>
            <translation>{where} mora biti celo število &gt;= 0 (vneseno {value})</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the town network</source>
            <translation>»{table}« ni tabela omrežja mest</translation>
        </message>
        <message>
            <source>towns: a network needs at least two towns</source>
            <translation>mesta: omrežje potrebuje vsaj dve mesti</translation>
        </message>
        <message>
            <source>function</source>
            <translation>funkcija</translation>
        </message>
        <message>
            <source>Converse (1949) breaking point: from a = D_ab / (1 + √(P_b / P_a))</source>
            <translation>Točka preloma po Converseu (1949): od a = D_ab / (1 + √(P_b / P_a))</translation>
        </message>
        <message>
            <source>Gravity interaction PᵢPⱼ / dᵢⱼ^β, β = {beta}</source>
            <translation>Gravitacijska interakcija PᵢPⱼ / dᵢⱼ^β, β = {beta}</translation>
        </message>
        <message>
            <source>Hansen (1959) accessibility: Σ over the other towns of population × {decay}</source>
            <translation>Dostopnost po Hansenu (1959): Σ po drugih mestih število prebivalcev × {decay}</translation>
        </message>
        <message>
            <source>Davies (1967) functional index: C = 100 / total outlets of a function; index = Σ outlets × C</source>
            <translation>Funkcijski indeks po Daviesu (1967): C = 100 / vse enote funkcije; indeks = Σ enote × C</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Razdalja</translation>
        </message>
        <message>
            <source>From a</source>
            <translation>Od a</translation>
        </message>
        <message>
            <source>From b</source>
            <translation>Od b</translation>
        </message>
        <message>
            <source>sum of the town's row of the gravity matrix</source>
            <translation>vsota vrstice mesta v gravitacijski matriki</translation>
        </message>
        <message>
            <source>no functions given</source>
            <translation>ni podanih funkcij</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interakcija</translation>
        </message>
        <message>
            <source>Σ gravity with the other towns</source>
            <translation>Σ gravitacije z drugimi mesti</translation>
        </message>
        <message>
            <source>location coefficient C = 100 / total outlets</source>
            <translation>lokacijski koeficient C = 100 / vse enote</translation>
        </message>
        <message>
            <source>functional index</source>
            <translation>funkcijski indeks</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>interakcija</translation>
        </message>
        <message>
            <source>{file}: not a readable JSON file ({reason})</source>
            <translation>{file}: ni berljiva datoteka JSON ({reason})</translation>
        </message>
        <message>
            <source>{file}: retail figures are imported from JSON files</source>
            <translation>{file}: podatki o trgovini se uvozijo iz datotek JSON</translation>
        </message>
        <message>
            <source>{file}: import reads .xlsx, .csv or .json files</source>
            <translation>{file}: uvoz bere datoteke .xlsx, .csv ali .json</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column}</source>
            <translation>{file}, vrstica {row}, stolpec {column}</translation>
        </message>
        <message>
            <source>{file}: has no sheet named '{sheet}' (see the documented layout)</source>
            <translation>{file}: nima lista z imenom »{sheet}« (glejte opisano postavitev)</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, column {column}</source>
            <translation>list »{sheet}«, vrstica {row}, stolpec {column}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>datoteka je prazna</translation>
        </message>
        <message>
            <source>{where}: the header must start with '{first}', '{second}' and then names</source>
            <translation>{where}: glava se mora začeti z »{first}«, »{second}« in nato imeni</translation>
        </message>
        <message>
            <source>{where}: the header cell is empty</source>
            <translation>{where}: celica glave je prazna</translation>
        </message>
        <message>
            <source>{where}: a centre name appears twice in the header</source>
            <translation>{where}: ime središča se v glavi pojavi dvakrat</translation>
        </message>
        <message>
            <source>{where}: the zone name is empty</source>
            <translation>{where}: ime območja je prazno</translation>
        </message>
        <message>
            <source>{where}: the attractiveness is empty</source>
            <translation>{where}: privlačnost je prazna</translation>
        </message>
        <message>
            <source>{where}: the spending of {zone} is empty</source>
            <translation>{where}: izdatki območja {zone} so prazni</translation>
        </message>
        <message>
            <source>{where}: distance {a} → {b} must be &gt; 0</source>
            <translation>{where}: razdalja {a} → {b} mora biti &gt; 0</translation>
        </message>
        <message>
            <source>no row 'attractiveness' (the centres' floor space) below the header</source>
            <translation>pod glavo ni vrstice »attractiveness« (prodajna površina središč)</translation>
        </message>
        <message>
            <source>no zone rows below the header</source>
            <translation>pod glavo ni vrstic z območji</translation>
        </message>
        <message>
            <source>{where}: the town name is empty</source>
            <translation>{where}: ime mesta je prazno</translation>
        </message>
        <message>
            <source>{where}: after 'population' the header must name the towns in the order of the rows ({towns}), then the functions</source>
            <translation>{where}: za »population« mora glava navesti mesta v vrstnem redu vrstic ({towns}), nato funkcije</translation>
        </message>
        <message>
            <source>{where}: the population of {town} is empty</source>
            <translation>{where}: število prebivalcev mesta {town} je prazno</translation>
        </message>
        <message>
            <source>{where}: outlets must be a whole number &gt;= 0</source>
            <translation>{where}: število enot mora biti celo število &gt;= 0</translation>
        </message>
        <message>
            <source>the pasted block ({rows} x {cols}) does not fit from row {row}, column {column}</source>
            <translation>prilepljeni blok ({rows} × {cols}) ne gre v tabelo od vrstice {row}, stolpca {column}</translation>
        </message>
        <message>
            <source>Option {n}</source>
            <translation>Možnost {n}</translation>
        </message>
        <message>
            <source>a decision needs at least one alternative</source>
            <translation>odločitev potrebuje vsaj eno alternativo</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nova skupina</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Novo merilo</translation>
        </message>
        <message>
            <source>a decision needs at least one criterion</source>
            <translation>odločitev potrebuje vsaj eno merilo</translation>
        </message>
        <message>
            <source>a criterion cannot be moved under itself</source>
            <translation>merila ni mogoče premakniti pod samega sebe</translation>
        </message>
        <message>
            <source>{error}. The project was reloaded.</source>
            <translation>{error}. Projekt je bil znova naložen.</translation>
        </message>
        <message>
            <source>Save scenario '{name}'</source>
            <translation>Shrani scenarij »{name}«</translation>
        </message>
        <message>
            <source>Replace scenario '{name}'</source>
            <translation>Zamenjaj scenarij »{name}«</translation>
        </message>
        <message>
            <source>Delete scenario '{name}'</source>
            <translation>Izbriši scenarij »{name}«</translation>
        </message>
        <message>
            <source>Use the weights of '{name}'</source>
            <translation>Uporabi uteži scenarija »{name}«</translation>
        </message>
        <message>
            <source>Each value divided by the length of its column: keeps the proportions between options (the textbook TOPSIS choice).</source>
            <translation>Vsaka vrednost, deljena z dolžino svojega stolpca: ohranja razmerja med možnostmi (učbeniška izbira za TOPSIS).</translation>
        </message>
        <message>
            <source>The worst option on a criterion gets 0, the best gets 1, the others in between in proportion.</source>
            <translation>Najslabša možnost pri merilu dobi 0, najboljša 1, ostale sorazmerno vmes.</translation>
        </message>
        <message>
            <source>Each value divided by the best value of its criterion.</source>
            <translation>Vsaka vrednost, deljena z najboljšo vrednostjo svojega merila.</translation>
        </message>
        <message>
            <source>Each value as its share of the criterion's total (costs: the share of 1/value).</source>
            <translation>Vsaka vrednost kot delež vsote merila (stroški: delež 1/vrednost).</translation>
        </message>
        <message>
            <source>Each value divided by the best one; for costs, the best (lowest) divided by the value.</source>
            <translation>Vsaka vrednost, deljena z najboljšo; pri stroških najboljša (najnižja), deljena z vrednostjo.</translation>
        </message>
        <message>
            <source>Shares of the logarithms of the values; dampens very large differences.</source>
            <translation>Deleži logaritmov vrednosti; blaži zelo velike razlike.</translation>
        </message>
        <message>
            <source>Like 'max' but squared (costs cubed): stresses being close to the best.</source>
            <translation>Kot »maksimum«, vendar kvadrirano (stroški kubirano): poudarja bližino najboljši vrednosti.</translation>
        </message>
        <message>
            <source>Distance from the best value relative to all options' distances.</source>
            <translation>Oddaljenost od najboljše vrednosti glede na oddaljenosti vseh možnosti.</translation>
        </message>
        <message>
            <source>One minus the relative gap to the best value of the criterion.</source>
            <translation>Ena minus relativni razkorak do najboljše vrednosti merila.</translation>
        </message>
        <message>
            <source>Raw values, no rescaling: only sensible when every criterion uses the same scale (costs count negatively).</source>
            <translation>Surove vrednosti brez preračunavanja: smiselno le, če vsa merila uporabljajo isto lestvico (stroški štejejo negativno).</translation>
        </message>
        <message>
            <source>How columns are made comparable; vector is Hwang and Yoon's textbook form.</source>
            <translation>Kako so stolpci primerljivi; vektorska je učbeniška oblika po Hwangu in Yoonu.</translation>
        </message>
        <message>
            <source>Compromise ranking by group utility S and individual regret R combined into Q (smaller is better), with Opricovic's compromise set. Every criterion must vary: a constant one makes f* = f- and divides by zero.</source>
            <translation>Kompromisna razvrstitev po skupinski koristnosti S in posamičnem obžalovanju R, združenih v Q (manjše je bolje), z Opricovićevo kompromisno množico. Vsako merilo se mora spreminjati: konstantno da f* = f- in deljenje z nič.</translation>
        </message>
        <message>
            <source>Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus.</source>
            <translation>Utež pravila večine (S) v primerjavi s posamičnim obžalovanjem (R); 0,5 = soglasje.</translation>
        </message>
        <message>
            <source>Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, level or linear function with thresholds); criteria without one use the usual function.</source>
            <translation>Neto tok preferenc iz preferenc v parih po merilih (običajna, U-, V-, stopenjska ali linearna funkcija s pragovi); merila brez funkcije uporabijo običajno.</translation>
        </message>
        <message>
            <source>How columns are made comparable before summing (none: raw values, one scale).</source>
            <translation>Kako so stolpci pred seštevanjem primerljivi (brez: surove vrednosti, ena lestvica).</translation>
        </message>
        <message>
            <source>sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking).</source>
            <translation>vsota (kot pymcdm), linearna (x/max, min/x) ali brez (surova razmerja; enaka razvrstitev).</translation>
        </message>
        <message>
            <source>Analytic Hierarchy Process: criteria weights times the alternatives' local priorities, synthesized in distributive or ideal mode.</source>
            <translation>Analitični hierarhični proces: uteži meril, pomnožene z lokalnimi prioritetami alternativ, združene v distributivnem ali idealnem načinu.</translation>
        </message>
        <message>
            <source>Distributive: local priorities sum to 1 per criterion; ideal: divided by the best alternative's, so adding a copy of a weak alternative cannot reverse ranks.</source>
            <translation>Distributivni: lokalne prioritete se pri vsakem merilu seštejejo v 1; idealni: deljene s prioriteto najboljše alternative, zato dodana kopija šibke alternative ne more obrniti mest.</translation>
        </message>
        <message>
            <source>How priorities are derived from a pairwise matrix: principal eigenvector (Saaty) or row geometric mean.</source>
            <translation>Kako se prioritete izpeljejo iz matrike primerjav v parih: glavni lastni vektor (Saaty) ali geometrična sredina vrstic.</translation>
        </message>
        <message>
            <source>Weighted sums of benefit and cost criteria in proportion (utility degree).</source>
            <translation>Razmerje uteženih vsot meril koristi in stroškov (stopnja koristnosti).</translation>
        </message>
        <message>
            <source>Ratio of each alternative's weighted sum to the ideal's.</source>
            <translation>Razmerje med uteženo vsoto vsake alternative in idealne.</translation>
        </message>
        <message>
            <source>Combined compromise of sum and product aggregations.</source>
            <translation>Združeni kompromis med agregacijo z vsoto in s produktom.</translation>
        </message>
        <message>
            <source>Share of the weighted sum in the combined score.</source>
            <translation>Delež utežene vsote v skupni oceni.</translation>
        </message>
        <message>
            <source>Euclidean and taxicab distances from the negative ideal.</source>
            <translation>Evklidska in manhattanska razdalja od negativnega ideala.</translation>
        </message>
        <message>
            <source>Positive and negative distances from the average solution.</source>
            <translation>Pozitivne in negativne razdalje od povprečne rešitve.</translation>
        </message>
        <message>
            <source>Distance from the border approximation area.</source>
            <translation>Razdalja od mejnega približevalnega območja.</translation>
        </message>
        <message>
            <source>Gap between theoretical and real ratings (smaller is better).</source>
            <translation>Razkorak med teoretičnimi in dejanskimi ocenami (manjši je boljši).</translation>
        </message>
        <message>
            <source>Utility relative to ideal and anti-ideal solutions.</source>
            <translation>Koristnost glede na idealno in protiidealno rešitev.</translation>
        </message>
        <message>
            <source>Ratio system: weighted benefits minus weighted costs.</source>
            <translation>Sistem razmerij: utežene koristi minus uteženi stroški.</translation>
        </message>
        <message>
            <source>Operational competitiveness rating.</source>
            <translation>Ocena operativne konkurenčnosti.</translation>
        </message>
        <message>
            <source>Distances to ideal and average solutions.</source>
            <translation>Razdalje do idealnih in povprečnih rešitev.</translation>
        </message>
        <message>
            <source>Root assessment of normalized benefit and cost sums.</source>
            <translation>Korensko vrednotenje normaliziranih vsot koristi in stroškov.</translation>
        </message>
        <message>
            <source>Weighted sum and weighted product combined.</source>
            <translation>Kombinacija utežene vsote in uteženega produkta.</translation>
        </message>
        <message>
            <source>Distance to the ideal point within the data bounds (smaller is better).</source>
            <translation>Razdalja do idealne točke znotraj meja podatkov (manjša je boljša).</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Noben projekt ni odprt.</translation>
        </message>
        <message>
            <source>The ranking could not be computed ({error}).</source>
            <translation>Razvrstitve ni bilo mogoče izračunati ({error}).</translation>
        </message>
        <message>
            <source>No ranking yet: the value of “{criterion}” for “{alternative}” is missing. Fill it in on the Problem page.</source>
            <translation>Razvrstitve še ni: manjka vrednost merila »{criterion}« za »{alternative}«. Vnesite jo na strani Problem.</translation>
        </message>
        <message>
            <source>No ranking yet: the criterion “{criterion}” has no weight. Give it one on the Weights page.</source>
            <translation>Razvrstitve še ni: merilo »{criterion}« nima uteži. Določite jo na strani Uteži.</translation>
        </message>
        <message>
            <source>No ranking: {reason} (at {where})</source>
            <translation>Ni razvrstitve: {reason} (pri {where})</translation>
        </message>
        <message>
            <source>No ranking: {reason}</source>
            <translation>Ni razvrstitve: {reason}</translation>
        </message>
        <message>
            <source>a scenario needs a name</source>
            <translation>scenarij potrebuje ime</translation>
        </message>
        <message>
            <source>'{name}' is reserved for the project's own weights</source>
            <translation>»{name}« je rezervirano za lastne uteži projekta</translation>
        </message>
        <message>
            <source>the project has no weights yet; set them on the Weights page first</source>
            <translation>projekt še nima uteži; najprej jih določite na strani Uteži</translation>
        </message>
        <message>
            <source>— none in 0–100 %</source>
            <translation>— nobena v 0–100 %</translation>
        </message>
        <message>
            <source>No weight of this criterion between 0 and 100 % changes the winner</source>
            <translation>Nobena utež tega merila med 0 in 100 % ne spremeni zmagovalca</translation>
        </message>
        <message>
            <source>Results are for the previous weights — Run again.</source>
            <translation>Rezultati veljajo za prejšnje uteži — zaženite znova.</translation>
        </message>
        <message>
            <source>Any weights (uniform)</source>
            <translation>Poljubne uteži (enakomerno)</translation>
        </message>
        <message>
            <source>Every weighting equally likely: no preference at all</source>
            <translation>Vsako uteževanje je enako verjetno: brez kakršne koli preference</translation>
        </message>
        <message>
            <source>Around the current weights</source>
            <translation>Okoli trenutnih uteži</translation>
        </message>
        <message>
            <source>Weightings scattered around the current weights; a higher concentration keeps them closer</source>
            <translation>Uteževanja, razpršena okoli trenutnih uteži; višja koncentracija jih drži bližje</translation>
        </message>
        <message>
            <source>As spread as the participants</source>
            <translation>Razpršeno kot pri udeležencih</translation>
        </message>
        <message>
            <source>Weightings spread like the participants' own AHP weights</source>
            <translation>Uteževanja, razpršena kot lastne uteži AHP udeležencev</translation>
        </message>
        <message>
            <source>WS coefficient</source>
            <translation>Koeficient WS</translation>
        </message>
        <message>
            <source>{change} pp</source>
            <translation>{change} o. t.</translation>
        </message>
        <message>
            <source>At {weight}: {ahead} overtakes {behind}</source>
            <translation>Pri {weight}: {ahead} prehiti {behind}</translation>
        </message>
        <message>
            <source>Rank (1 = best)</source>
            <translation>Mesto (1 = najboljše)</translation>
        </message>
        <message>
            <source>Score (higher is better)</source>
            <translation>Ocena (višja je boljša)</translation>
        </message>
        <message>
            <source>Score (lower is better)</source>
            <translation>Ocena (nižja je boljša)</translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives (current ranking) are drawn.</source>
            <translation>Prikazanih je najboljših {shown} od {total} alternativ (trenutna razvrstitev).</translation>
        </message>
        <message>
            <source>No ranking: </source>
            <translation>Ni razvrstitve: </translation>
        </message>
        <message>
            <source>Not run: </source>
            <translation>Ni izvedeno: </translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives and ranks 1–{ranks} are shown.</source>
            <translation>Prikazanih je najboljših {shown} od {total} alternativ in mesta 1–{ranks}.</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings; {other} did more often ({other_share}).</source>
            <translation>{winner} je bila prva v {share} od {samples} uteževanj; {other} pogosteje ({other_share}).</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings.</source>
            <translation>{winner} je bila prva v {share} od {samples} uteževanj.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Datoteke {file} ni mogoče prebrati: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a JSON file (line {line}: {reason}).</source>
            <translation>{file} ni datoteka JSON (vrstica {line}: {reason}).</translation>
        </message>
        <message>
            <source>{file} is not a valid {what} file: {reason}</source>
            <translation>{file} ni veljavna datoteka {what}: {reason}</translation>
        </message>
        <message>
            <source>D, R and weights</source>
            <translation>D, R in uteži</translation>
        </message>
        <message>
            <source>Total relation T</source>
            <translation>Skupna relacija T</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritete</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Strategije</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategija</translation>
        </message>
        <message>
            <source>Pairwise priority</source>
            <translation>Prioriteta iz primerjave v parih</translation>
        </message>
        <message>
            <source>no influence</source>
            <translation>brez vpliva</translation>
        </message>
        <message>
            <source>low</source>
            <translation>nizek</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>srednji</translation>
        </message>
        <message>
            <source>high</source>
            <translation>visok</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>zelo visok</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Prednosti</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Slabosti</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Priložnosti</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Nevarnosti</translation>
        </message>
        <message>
            <source>Largest row or column sum</source>
            <translation>Največja vsota vrstice ali stolpca</translation>
        </message>
        <message>
            <source>Largest row sum</source>
            <translation>Največja vsota vrstice</translation>
        </message>
        <message>
            <source>D+R (prominence)</source>
            <translation>D+R (pomembnost)</translation>
        </message>
        <message>
            <source>Type a name.</source>
            <translation>Vpišite ime.</translation>
        </message>
        <message>
            <source>The name '{name}' is already used here.</source>
            <translation>Ime '{name}' je tu že uporabljeno.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is not a number.</source>
            <translation>Vpliv '{a}' na '{b}': {value} ni število.</translation>
        </message>
        <message>
            <source>'{a}' cannot influence itself: the diagonal of the matrix stays 0.</source>
            <translation>'{a}' ne more vplivati sam nase: diagonala matrike ostane 0.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is outside the scale {lo}..{hi} (0 none, 1 low, 2 medium, 3 high, 4 very high).</source>
            <translation>Vpliv '{a}' na '{b}': {value} je zunaj lestvice {lo}..{hi} (0 nič, 1 nizek, 2 srednji, 3 visok, 4 zelo visok).</translation>
        </message>
        <message>
            <source>DEMATEL needs at least one expert's matrix.</source>
            <translation>DEMATEL potrebuje matriko vsaj enega strokovnjaka.</translation>
        </message>
        <message>
            <source>DEMATEL needs at least 2 factors.</source>
            <translation>DEMATEL potrebuje vsaj 2 dejavnika.</translation>
        </message>
        <message>
            <source>Factor {n}</source>
            <translation>Dejavnik {n}</translation>
        </message>
        <message>
            <source>Expert {n}</source>
            <translation>Strokovnjak {n}</translation>
        </message>
        <message>
            <source>'{text}' is not an influence: type 0..4.</source>
            <translation>'{text}' ni vpliv: vpišite 0..4.</translation>
        </message>
        <message>
            <source>Participant {n}</source>
            <translation>Udeleženec {n}</translation>
        </message>
        <message>
            <source>'{item}' compared with itself is always 1</source>
            <translation>'{item}' v primerjavi s samim seboj je vedno 1</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is not a positive ratio</source>
            <translation>'{a}' proti '{b}': {value} ni pozitivno razmerje</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is outside Saaty's scale 1/9..9</source>
            <translation>'{a}' proti '{b}': {value} je zunaj Saatyjeve lestvice 1/9..9</translation>
        </message>
        <message>
            <source>A'WOT needs at least one participant's judgments</source>
            <translation>A'WOT potrebuje presoje vsaj enega udeleženca</translation>
        </message>
        <message>
            <source>{group} need at least one factor</source>
            <translation>{group}: potreben je vsaj en dejavnik</translation>
        </message>
        <message>
            <source>score of '{strategy}' on '{factor}' is not a number</source>
            <translation>ocena '{strategy}' glede na '{factor}' ni število</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Prednost {n}</translation>
        </message>
        <message>
            <source>Weakness {n}</source>
            <translation>Slabost {n}</translation>
        </message>
        <message>
            <source>Opportunity {n}</source>
            <translation>Priložnost {n}</translation>
        </message>
        <message>
            <source>Threat {n}</source>
            <translation>Nevarnost {n}</translation>
        </message>
        <message>
            <source>Between the groups S, W, O, T</source>
            <translation>Med skupinami S, W, O, T</translation>
        </message>
        <message>
            <source>Strategies with respect to '{factor}'</source>
            <translation>Strategije glede na '{factor}'</translation>
        </message>
        <message>
            <source>Within {group}</source>
            <translation>Znotraj skupine: {group}</translation>
        </message>
        <message>
            <source>CR —</source>
            <translation>CR —</translation>
        </message>
        <message>
            <source>CR {cr}</source>
            <translation>CR {cr}</translation>
        </message>
        <message>
            <source>CR {cr} (above 0.10: revise)</source>
            <translation>CR {cr} (nad 0,10: popravite)</translation>
        </message>
        <message>
            <source>'{text}' is not a ratio: type e.g. 3 or 1/3.</source>
            <translation>'{text}' ni razmerje: vpišite npr. 3 ali 1/3.</translation>
        </message>
        <message>
            <source>Type a ratio, e.g. 3 or 1/3.</source>
            <translation>Vpišite razmerje, npr. 3 ali 1/3.</translation>
        </message>
        <message>
            <source>Group (geometric mean of all participants, AIJ)</source>
            <translation>Skupina (geometrična sredina vseh udeležencev, AIJ)</translation>
        </message>
        <message>
            <source>{a} is equally important as {b}</source>
            <translation>»{a}« ima enako pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is equally to moderately more important than {b}</source>
            <translation>»{a}« ima enako do zmerno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is moderately more important than {b}</source>
            <translation>»{a}« ima zmerno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is moderately to strongly more important than {b}</source>
            <translation>»{a}« ima zmerno do močno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is strongly more important than {b}</source>
            <translation>»{a}« ima močno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is strongly to very strongly more important than {b}</source>
            <translation>»{a}« ima močno do zelo močno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is very strongly more important than {b}</source>
            <translation>»{a}« ima zelo močno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is very strongly to extremely more important than {b}</source>
            <translation>»{a}« ima zelo močno do izjemno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>{a} is extremely more important than {b}</source>
            <translation>»{a}« ima izjemno večjo pomembnost kot »{b}«</translation>
        </message>
        <message>
            <source>Which is more important, {a} or {b}, and how much more?</source>
            <translation>Kaj je pomembnejše, {a} ali {b}, in za koliko?</translation>
        </message>
        <message>
            <source>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; acceptable up to {threshold})</source>
            <translation>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; sprejemljivo do {threshold})</translation>
        </message>
        <message>
            <source>{n} unanswered pair(s) completed by {method}</source>
            <translation>neodgovorjeni pari ({n}) dopolnjeni po metodi {method}</translation>
        </message>
        <message>
            <source>A group needs two criteria to compare.</source>
            <translation>Skupina potrebuje za primerjavo dve merili.</translation>
        </message>
        <message>
            <source>No criteria to compare.</source>
            <translation>Ni meril za primerjavo.</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Še ni odgovorov.</translation>
        </message>
        <message>
            <source>Not enough answers yet: {apart} not compared, directly or through other criteria, with {rest}. Answer a question linking them.</source>
            <translation>Odgovorov še ni dovolj: {apart} ni primerjano, neposredno ali prek drugih meril, z {rest}. Odgovorite na vprašanje, ki ju povezuje.</translation>
        </message>
        <message>
            <source>Entropy</source>
            <translation>Entropija</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standardni odklon</translation>
        </message>
        <message>
            <source>Equal weights</source>
            <translation>Enake uteži</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>najvišja raven</translation>
        </message>
        <message>
            <source>group '{group}'</source>
            <translation>skupina »{group}«</translation>
        </message>
        <message>
            <source>Objective weights need data, but {where} holds the group '{group}'; weight a group whose criteria are all data columns</source>
            <translation>Objektivne uteži potrebujejo podatke, toda {where} vsebuje skupino »{group}«; utežite skupino, katere merila so vsa podatkovni stolpci</translation>
        </message>
        <message>
            <source>Objective weights need complete data: '{alternative}' has no value for '{criterion}' ({n} value(s) missing in {where})</source>
            <translation>Objektivne uteži potrebujejo popolne podatke: »{alternative}« nima vrednosti za »{criterion}« (manjkajočih vrednosti: {n}; {where})</translation>
        </message>
        <message>
            <source>composite score</source>
            <translation>ocena sestavljenega kazalnika</translation>
        </message>
        <message>
            <source>rank (1 = best)</source>
            <translation>mesto (1 = najboljše)</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen, ◆ median rank and bar 5–95 % of the ranks over the Monte Carlo runs.</source>
            <translation>Desno: ● mesto z izbranimi nastavitvami, ◆ mediana mest in črta 5–95 % mest v ponovitvah Monte Carlo.</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen. Run uncertainty to see each town's median rank and 5–95 % band.</source>
            <translation>Desno: ● mesto z izbranimi nastavitvami. Zaženite analizo negotovosti, da vidite mediano mest in pas 5–95 % za vsako mesto.</translation>
        </message>
        <message>
            <source>Choose a town to compare</source>
            <translation>Izberite mesto za primerjavo</translation>
        </message>
        <message>
            <source>outer ring = best town, centre = worst</source>
            <translation>zunanji obroč = najboljše mesto, središče = najslabše</translation>
        </message>
        <message>
            <source>{town} is strongest on</source>
            <translation>{town} je najmočnejše pri</translation>
        </message>
        <message>
            <source>weakest (vs {against}) on</source>
            <translation>najšibkejše pri (primerjava: {against})</translation>
        </message>
        <message>
            <source>Benchmarking data (*.json *.xlsx *.csv);;All files (*)</source>
            <translation>Podatki primerjalne analize (*.json *.xlsx *.csv);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Delovni zvezek Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Slika PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)</source>
            <translation>PDF (*.pdf);;Dokument Word (*.docx);;Stran HTML (*.html)</translation>
        </message>
        <message>
            <source>missing values imputed by the mean: {count}</source>
            <translation>manjkajoče vrednosti, nadomeščene s povprečjem: {count}</translation>
        </message>
        <message>
            <source>missing values imputed by the median: {count}</source>
            <translation>manjkajoče vrednosti, nadomeščene z mediano: {count}</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <translation>primerjalne analize</translation>
        </message>
        <message>
            <source>New benchmark</source>
            <translation>Nova primerjalna analiza</translation>
        </message>
        <message>
            <source>Table (Excel or CSV)…</source>
            <translation>Tabelo (Excel ali CSV)…</translation>
        </message>
        <message>
            <source>Chart of the tab shown (PNG)…</source>
            <translation>Graf prikazanega zavihka (PNG)…</translation>
        </message>
        <message>
            <source>Benchmarking report…</source>
            <translation>Poročilo primerjalne analize…</translation>
        </message>
        <message>
            <source>The data set, method, ranking (with its uncertainty when run) and the town of the peers tab against its peers, as PDF, Word or HTML, in the interface language</source>
            <translation>Nabor podatkov, metoda, razvrstitev (z negotovostjo, če je bila izračunana) in mesto z zavihka primerljivih mest v primerjavi z njimi, kot PDF, Word ali HTML, v jeziku vmesnika</translation>
        </message>
        <message>
            <source>Run uncertainty</source>
            <translation>Zaženi analizo negotovosti</translation>
        </message>
        <message>
            <source> runs</source>
            <translation> ponovitev</translation>
        </message>
        <message>
            <source>Number of Monte Carlo runs</source>
            <translation>Število ponovitev Monte Carlo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <source>Town vs peers</source>
            <translation>Mesto in primerljiva mesta</translation>
        </message>
        <message>
            <source>Import benchmarking data</source>
            <translation>Uvozi podatke primerjalne analize</translation>
        </message>
        <message>
            <source>edit {unit} / {indicator}</source>
            <translation>urejanje {unit} / {indicator}</translation>
        </message>
        <message>
            <source>change {settings}</source>
            <translation>sprememba nastavitev ({settings})</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs over {normalizations} x {aggregations} and weights, seed {seed}.</source>
            <translation>Negotovost: {runs} ponovitev prek {normalizations} × {aggregations} in uteži, seme {seed}.</translation>
        </message>
        <message>
            <source>peers</source>
            <translation>primerljiva mesta</translation>
        </message>
        <message>
            <source>all others</source>
            <translation>vsa ostala</translation>
        </message>
        <message>
            <source>Compared with the mean of the peers.</source>
            <translation>V primerjavi s povprečjem primerljivih mest.</translation>
        </message>
        <message>
            <source>Compared with the mean of all other towns.</source>
            <translation>V primerjavi s povprečjem vseh drugih mest.</translation>
        </message>
        <message>
            <source>Radar: {note}.</source>
            <translation>Radar: {note}.</translation>
        </message>
        <message>
            <source>Uncertainty run cancelled.</source>
            <translation>Analiza negotovosti je preklicana.</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Izvoz tabele</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Izvozi diagram</translation>
        </message>
        <message>
            <source>{path}: could not write the PNG</source>
            <translation>{path}: slike PNG ni bilo mogoče zapisati</translation>
        </message>
        <message>
            <source>Export the benchmarking report</source>
            <translation>Izvoz poročila primerjalne analize</translation>
        </message>
        <message>
            <source>left out for missing values: {towns}</source>
            <translation>izpuščena zaradi manjkajočih vrednosti: {towns}</translation>
        </message>
        <message>
            <source>scores shifted above 0 for the geometric mean</source>
            <translation>ocene premaknjene nad 0 zaradi geometrične sredine</translation>
        </message>
        <message>
            <source>uncertainty: {runs} Monte Carlo runs</source>
            <translation>negotovost: {runs} ponovitev Monte Carlo</translation>
        </message>
        <message>
            <source>Hover for the conventions.</source>
            <translation>Za dogovore pri izračunu pokažite z miško.</translation>
        </message>
        <message>
            <source>Peers (tick)</source>
            <translation>Primerljiva mesta (označite)</translation>
        </message>
        <message>
            <source>Composite settings</source>
            <translation>Nastavitve sestavljenega kazalnika</translation>
        </message>
        <message>
            <source>target per indicator: vacancy=5; footfall=1500</source>
            <translation>cilj po kazalniku: vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>sample SD</source>
            <translation>SO vzorca</translation>
        </message>
        <message>
            <source>population SD</source>
            <translation>SO populacije</translation>
        </message>
        <message>
            <source>points: vacancy=30; footfall=20 (others: their weight)</source>
            <translation>točke: vacancy=30; footfall=20 (ostali: njihova utež)</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Manjkajoče vrednosti</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenca</translation>
        </message>
        <message>
            <source>Distance as</source>
            <translation>Razdalja kot</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Ciljne vrednosti</translation>
        </message>
        <message>
            <source>z-score with</source>
            <translation>z-vrednost s</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>Uteževanje</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Točke</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Agregacija</translation>
        </message>
        <message>
            <source>Within groups</source>
            <translation>Znotraj skupin</translation>
        </message>
        <message>
            <source>Given target values</source>
            <translation>Podane ciljne vrednosti</translation>
        </message>
        <message>
            <source>Type a target value for every indicator, e.g. vacancy=5; footfall=1500</source>
            <translation>Vnesite ciljno vrednost za vsak kazalnik, npr. vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>target values</source>
            <translation>ciljne vrednosti</translation>
        </message>
        <message>
            <source>points</source>
            <translation>točke</translation>
        </message>
        <message>
            <source>missing value (the value used when imputed)</source>
            <translation>manjkajoča vrednost (uporabljena vrednost, če je nadomeščena)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>illustrative indicator (not from a named source)</source>
            <translation>ponazoritveni kazalnik (ne iz navedenega vira)</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>krepko</translation>
        </message>
        <message>
            <source>value with a named source. Hover a header for unit, source and year.</source>
            <translation>vrednost z navedenim virom. Za enoto, vir in leto pokažite z miško na glavo stolpca.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Sistemska privzeta nastavitev</translation>
        </message>
        <message>
            <source>The interface language changes the next time InnoCite starts.</source>
            <translation>Jezik vmesnika se spremeni ob naslednjem zagonu programa InnoCite.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Jezik vmesnika:</translation>
        </message>
        <message>
            <source>The new language applies the next time InnoCite starts. Restart now? Your work is saved.</source>
            <translation>Novi jezik velja ob naslednjem zagonu programa InnoCite. Želite program znova zagnati zdaj? Vaše delo je shranjeno.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Znova zaženi zdaj</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Pozneje</translation>
        </message>
        <message>
            <source>Project files (*.json *.xlsx *.csv *.xml *.xmcda);;All files (*)</source>
            <translation>Projektne datoteke (*.json *.xlsx *.csv *.xml *.xmcda);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON project file (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</source>
            <translation>Delovni zvezek Excel (*.xlsx);;Projektna datoteka JSON (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Uteži</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Občutljivost</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memorandum</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>Primerjalna analiza</translation>
        </message>
        <message>
            <source>Success factors</source>
            <translation>Dejavniki uspeha</translation>
        </message>
        <message>
            <source>Retail planning</source>
            <translation>Načrtovanje trgovine in storitev</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Nobena zbirka podatkov ni odprta.</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nov projekt …</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Uvozi …</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Izvozi …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Končaj</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Razveljavi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Uveljavi</translation>
        </message>
        <message>
            <source>&amp;Duplicate project…</source>
            <translation>&amp;Podvoji projekt …</translation>
        </message>
        <message>
            <source>&amp;Rename project…</source>
            <translation>P&amp;reimenuj projekt …</translation>
        </message>
        <message>
            <source>De&amp;lete project…</source>
            <translation>&amp;Izbriši projekt …</translation>
        </message>
        <message>
            <source>&amp;Find project</source>
            <translation>&amp;Poišči projekt</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;O programu {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Odpri &amp;nedavne</translation>
        </message>
        <message>
            <source>Projects &amp;database…</source>
            <translation>&amp;Zbirka projektov …</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Urejanje</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projekt</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Jezik …</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Nastavitve</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;č</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Glavna orodna vrstica</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pripravljeno</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Varnostna kopija shranjena v {path}</translation>
        </message>
        <message>
            <source>Projects database</source>
            <translation>Zbirka projektov</translation>
        </message>
        <message>
            <source>SQLite file or PostgreSQL URL (empty: your own database).
Takes effect the next time InnoCite starts.</source>
            <translation>Datoteka SQLite ali naslov URL PostgreSQL (prazno: vaša lastna zbirka).
Velja ob naslednjem zagonu programa InnoCite.</translation>
        </message>
        <message>
            <source>The database setting takes effect on the next start</source>
            <translation>Nastavitev zbirke podatkov velja ob naslednjem zagonu</translation>
        </message>
        <message>
            <source>Saved (version {version})</source>
            <translation>Shranjeno (različica {version})</translation>
        </message>
        <message>
            <source>Opened '{name}'</source>
            <translation>Odprto: »{name}«</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(še nobenega)</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Razveljavi: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Uveljavi: {action}</translation>
        </message>
        <message>
            <source>Import a project</source>
            <translation>Uvozi projekt</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Uvažanje {file} …</translation>
        </message>
        <message>
            <source>Imported {file}</source>
            <translation>Uvoženo: {file}</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projekt</translation>
        </message>
        <message>
            <source>Export the project</source>
            <translation>Izvozi projekt</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Izvoženo v {path}</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Zbirka podatkov: {location}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>O programu {app}</translation>
        </message>
        <message>
            <source>{app} version {version}</source>
            <translation>{app}, različica {version}</translation>
        </message>
        <message>
            <source>Multi-criteria decision support for people who develop small and medium-sized towns.</source>
            <translation>Večkriterijska podpora odločanju za vse, ki razvijajo majhna in srednje velika mesta.</translation>
        </message>
        <message>
            <source>The method chosen on the Results page</source>
            <translation>Metoda, izbrana na strani Rezultati</translation>
        </message>
        <message>
            <source>What was decided (it may differ from the recommendation; the memo then says so)</source>
            <translation>Kaj je bilo odločeno (lahko se razlikuje od priporočila; memorandum to tedaj navede)</translation>
        </message>
        <message>
            <source>Why: the reasons the council or board should read</source>
            <translation>Zakaj: razlogi, ki naj jih prebere občinski svet ali odbor</translation>
        </message>
        <message>
            <source>When the decision differs from the recommendation, the memo says so plainly</source>
            <translation>Kadar se odločitev razlikuje od priporočila, memorandum to jasno navede</translation>
        </message>
        <message>
            <source>The language the memo is written in (the interface language by default)</source>
            <translation>Jezik, v katerem je napisan memorandum (privzeto jezik vmesnika)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <source>Memo language</source>
            <translation>Jezik memoranduma</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Utemeljitev</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Izvozi …</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Oblika</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papir</translation>
        </message>
        <message>
            <source>Memos exported before, each with the data it was made from</source>
            <translation>Prej izvoženi memorandumi, vsak s podatki, iz katerih je nastal</translation>
        </message>
        <message>
            <source>Export again…</source>
            <translation>Ponovno izvozi …</translation>
        </message>
        <message>
            <source>Write the selected memo again exactly as it was, even if the project changed since</source>
            <translation>Izbrani memorandum znova zapišite natanko takšen, kot je bil, tudi če se je projekt medtem spremenil</translation>
        </message>
        <message>
            <source>Earlier memos</source>
            <translation>Prejšnji memorandumi</translation>
        </message>
        <message>
            <source>Could not list earlier memos: {reason}</source>
            <translation>Prejšnjih memorandumov ni bilo mogoče prikazati: {reason}</translation>
        </message>
        <message>
            <source>updating…</source>
            <translation>posodabljanje …</translation>
        </message>
        <message>
            <source>The memo could not be made: {reason}</source>
            <translation>Memoranduma ni bilo mogoče pripraviti: {reason}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Predogled</translation>
        </message>
        <message>
            <source>Export memo</source>
            <translation>Izvozi memorandum</translation>
        </message>
        <message>
            <source>Preparing the memo…</source>
            <translation>Pripravljanje memoranduma …</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>Ni izvoženo: {reason}</translation>
        </message>
        <message>
            <source>Wrote {path} (stored as memo #{id}).</source>
            <translation>Zapisano v {path} (shranjeno kot memorandum št. {id}).</translation>
        </message>
        <message>
            <source>Export memo again</source>
            <translation>Ponovno izvozi memorandum</translation>
        </message>
        <message>
            <source>Wrote {path} from the memo of {when}.</source>
            <translation>Zapisano v {path} iz memoranduma z dne {when}.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Način</translation>
        </message>
        <message>
            <source>Prioritization</source>
            <translation>Določanje prioritet</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>vektorska</translation>
        </message>
        <message>
            <source>min-max</source>
            <translation>min-max</translation>
        </message>
        <message>
            <source>max</source>
            <translation>maksimum</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>vsota</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>linearna</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>logaritemska</translation>
        </message>
        <message>
            <source>nonlinear</source>
            <translation>nelinearna</translation>
        </message>
        <message>
            <source>enhanced accuracy</source>
            <translation>izboljšana natančnost</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis</source>
            <translation>Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none (raw values)</source>
            <translation>brez (surove vrednosti)</translation>
        </message>
        <message>
            <source>distributive</source>
            <translation>distributivni</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>idealni</translation>
        </message>
        <message>
            <source>eigenvector</source>
            <translation>lastni vektor</translation>
        </message>
        <message>
            <source>geometric mean</source>
            <translation>geometrična sredina</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>{description} (default: {default})</source>
            <translation>{description} (privzeto: {default})</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Strošek</translation>
        </message>
        <message>
            <source>Jobs created</source>
            <translation>Ustvarjena delovna mesta</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>EPDČ</translation>
        </message>
        <message>
            <source>Search projects</source>
            <translation>Iskanje projektov</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Podvoji</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Preimenuj</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekti</translation>
        </message>
        <message>
            <source>New decision {n}</source>
            <translation>Nova odločitev {n}</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nov projekt</translation>
        </message>
        <message>
            <source>Name of the decision:</source>
            <translation>Ime odločitve:</translation>
        </message>
        <message>
            <source>Duplicate project</source>
            <translation>Podvoji projekt</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Ime kopije:</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (kopija)</translation>
        </message>
        <message>
            <source>Rename project</source>
            <translation>Preimenuj projekt</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Novo ime:</translation>
        </message>
        <message>
            <source>Renamed '{old}' to '{new}'</source>
            <translation>»{old}« preimenovano v »{new}«</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>Izbriši projekt</translation>
        </message>
        <message>
            <source>Delete the project '{name}' with all its data, judgments and scenarios?

The automatic backups keep a copy of it for a while.</source>
            <translation>Želite izbrisati projekt »{name}« z vsemi podatki, presojami in scenariji?

Samodejne varnostne kopije ga še nekaj časa hranijo.</translation>
        </message>
        <message>
            <source>Deleted '{name}'</source>
            <translation>»{name}« izbrisano</translation>
        </message>
        <message>
            <source>{file}: could not write the SVG</source>
            <translation>{file}: datoteke SVG ni bilo mogoče zapisati</translation>
        </message>
        <message>
            <source>{file}: could not write the PNG</source>
            <translation>{file}: datoteke PNG ni bilo mogoče zapisati</translation>
        </message>
        <message>
            <source>Node size: {size_by}; line width: gravity interaction PᵢPⱼ/dᵢⱼ^β relative to the strongest pair. Positions are schematic (no map).</source>
            <translation>Velikost vozlišča: {size_by}; debelina črte: gravitacijska interakcija PᵢPⱼ/dᵢⱼ^β glede na najmočnejši par. Položaji so shematski (ni zemljevid).</translation>
        </message>
        <message>
            <source>γ: exponent of attractiveness (1 = proportional)</source>
            <translation>γ: eksponent privlačnosti (1 = sorazmerno)</translation>
        </message>
        <message>
            <source>λ: distance-decay exponent (2 = Huff's classic value)</source>
            <translation>λ: eksponent upadanja z razdaljo (2 = Huffova klasična vrednost)</translation>
        </message>
        <message>
            <source>Calibrate λ</source>
            <translation>Umeri λ</translation>
        </message>
        <message>
            <source>Least-squares λ from the observed shares (tab 'Observed shares')</source>
            <translation>λ po metodi najmanjših kvadratov iz opazovanih deležev (zavihek »Opazovani deleži«)</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Dodaj območje</translation>
        </message>
        <message>
            <source>add a zone</source>
            <translation>dodaj območje</translation>
        </message>
        <message>
            <source>Remove zone</source>
            <translation>Odstrani območje</translation>
        </message>
        <message>
            <source>Add centre</source>
            <translation>Dodaj središče</translation>
        </message>
        <message>
            <source>add a centre</source>
            <translation>dodaj središče</translation>
        </message>
        <message>
            <source>Remove centre</source>
            <translation>Odstrani središče</translation>
        </message>
        <message>
            <source>&lt;b&gt;Zones&lt;/b&gt; (spending per year)</source>
            <translation>&lt;b&gt;Območja&lt;/b&gt; (izdatki na leto)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Centres&lt;/b&gt; (attractiveness, m²)</source>
            <translation>&lt;b&gt;Središča&lt;/b&gt; (privlačnost, m²)</translation>
        </message>
        <message>
            <source>Distances (zone → centre)</source>
            <translation>Razdalje (območje → središče)</translation>
        </message>
        <message>
            <source>Share of each zone's spending observed at each centre (0–1, empty = not surveyed), for 'Calibrate λ'.</source>
            <translation>Delež izdatkov vsakega območja, opazovan v vsakem središču (0–1, prazno = ni anketirano), za »Umeri λ«.</translation>
        </message>
        <message>
            <source>Observed shares</source>
            <translation>Opazovani deleži</translation>
        </message>
        <message>
            <source>Plan a new store</source>
            <translation>Načrtuj novo trgovino</translation>
        </message>
        <message>
            <source>losses of this share or more are flagged</source>
            <translation>izgube tega deleža ali več so označene</translation>
        </message>
        <message>
            <source>New-store scenario (distances: last column of the distance table)</source>
            <translation>Scenarij nove trgovine (razdalje: zadnji stolpec tabele razdalj)</translation>
        </message>
        <message>
            <source>Flag losses ≥</source>
            <translation>Označi izgube ≥</translation>
        </message>
        <message>
            <source>edit observed share {what}</source>
            <translation>uredi opazovani delež {what}</translation>
        </message>
        <message>
            <source>edit distance {what}</source>
            <translation>uredi razdaljo {what}</translation>
        </message>
        <message>
            <source>edit zone {what}</source>
            <translation>uredi območje {what}</translation>
        </message>
        <message>
            <source>edit centre {what}</source>
            <translation>uredi središče {what}</translation>
        </message>
        <message>
            <source>edit {what}</source>
            <translation>uredi {what}</translation>
        </message>
        <message>
            <source>the loss threshold</source>
            <translation>prag izgube</translation>
        </message>
        <message>
            <source>set {what}</source>
            <translation>nastavi {what}</translation>
        </message>
        <message>
            <source>remove zone {name}</source>
            <translation>odstrani območje {name}</translation>
        </message>
        <message>
            <source>remove centre {name}</source>
            <translation>odstrani središče {name}</translation>
        </message>
        <message>
            <source>plan a new store</source>
            <translation>načrtuj novo trgovino</translation>
        </message>
        <message>
            <source>drop the new store</source>
            <translation>opusti novo trgovino</translation>
        </message>
        <message>
            <source>rename the new store</source>
            <translation>preimenuj novo trgovino</translation>
        </message>
        <message>
            <source>set the new store's attractiveness</source>
            <translation>nastavi privlačnost nove trgovine</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam} (at the edge of the searched range): RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>Umerjeni λ = {lam} (na robu preiskanega območja): RMSE {rmse}, R² {r2} na {n} opazovanih deležih.</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam}: RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>Umerjeni λ = {lam}: RMSE {rmse}, R² {r2} na {n} opazovanih deležih.</translation>
        </message>
        <message>
            <source>calibrate λ</source>
            <translation>umeri λ</translation>
        </message>
        <message>
            <source>Labels: market share. Total {total} = the zones' total spending.</source>
            <translation>Oznake: tržni delež. Skupaj {total} = skupni izdatki območij.</translation>
        </message>
        <message>
            <source>β: distance exponent of the gravity interaction</source>
            <translation>β: eksponent razdalje gravitacijske interakcije</translation>
        </message>
        <message>
            <source>Add town</source>
            <translation>Dodaj mesto</translation>
        </message>
        <message>
            <source>add a town</source>
            <translation>dodaj mesto</translation>
        </message>
        <message>
            <source>Remove town</source>
            <translation>Odstrani mesto</translation>
        </message>
        <message>
            <source>Add function…</source>
            <translation>Dodaj funkcijo …</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>Odstrani funkcijo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Towns&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mesta&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Distances&lt;/b&gt; (symmetric: a cell sets both directions)</source>
            <translation>&lt;b&gt;Razdalje&lt;/b&gt; (simetrične: celica nastavi obe smeri)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Central-place functions&lt;/b&gt; (outlets per town)</source>
            <translation>&lt;b&gt;Centralne funkcije&lt;/b&gt; (enote na mesto)</translation>
        </message>
        <message>
            <source>Network chart</source>
            <translation>Diagram omrežja</translation>
        </message>
        <message>
            <source>Towns: index</source>
            <translation>Mesta: indeks</translation>
        </message>
        <message>
            <source>Coefficients</source>
            <translation>Koeficienti</translation>
        </message>
        <message>
            <source>edit the name of {town}</source>
            <translation>uredi ime mesta {town}</translation>
        </message>
        <message>
            <source>edit the population of {town}</source>
            <translation>uredi število prebivalcev mesta {town}</translation>
        </message>
        <message>
            <source>edit distance {a} ↔ {b}</source>
            <translation>uredi razdaljo {a} ↔ {b}</translation>
        </message>
        <message>
            <source>edit outlets of {function} in {town}</source>
            <translation>uredi število enot funkcije {function} v mestu {town}</translation>
        </message>
        <message>
            <source>remove town {name}</source>
            <translation>odstrani mesto {name}</translation>
        </message>
        <message>
            <source>Add function</source>
            <translation>Dodaj funkcijo</translation>
        </message>
        <message>
            <source>Name of the central-place function:</source>
            <translation>Ime centralne funkcije:</translation>
        </message>
        <message>
            <source>add function {name}</source>
            <translation>dodaj funkcijo {name}</translation>
        </message>
        <message>
            <source>remove function {name}</source>
            <translation>odstrani funkcijo {name}</translation>
        </message>
        <message>
            <source>Huff catchment</source>
            <translation>Gravitacijsko območje (Huff)</translation>
        </message>
        <message>
            <source>type a value (empty removes it); product groups take population and purchasing-power index from the town</source>
            <translation>vnesite vrednost (prazno jo odstrani); skupine izdelkov prevzamejo število prebivalcev in indeks kupne moči od mesta</translation>
        </message>
        <message>
            <source>“—”: a needed input is missing (hover it for which); centrality 100 = turnover equals spending potential</source>
            <translation>„—“: manjka potreben vhodni podatek (pokažite nanj za podrobnosti); centralnost 100 = promet je enak kupnemu potencialu</translation>
        </message>
        <message>
            <source>the town</source>
            <translation>mesto</translation>
        </message>
        <message>
            <source>edit {input} of {where}</source>
            <translation>uredi {input} za {where}</translation>
        </message>
        <message>
            <source>No data set: press New or Import….</source>
            <translation>Ni nabora podatkov: kliknite Nov ali Uvozi ….</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics: hover here for the description and sources.</source>
            <translation>PONAZORITVENE vrednosti, ne statistika: pokažite sem za opis in vire.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvozi</translation>
        </message>
        <message>
            <source>Export the tables (.xlsx, .csv), the chart (PNG, SVG) or the inputs (JSON)</source>
            <translation>Izvozite tabele (.xlsx, .csv), diagram (PNG, SVG) ali vhodne podatke (JSON)</translation>
        </message>
        <message>
            <source>Delete the data set '{name}'? This cannot be undone.</source>
            <translation>Želite izbrisati nabor podatkov »{name}«? Tega ni mogoče razveljaviti.</translation>
        </message>
        <message>
            <source>Import a data set</source>
            <translation>Uvozi nabor podatkov</translation>
        </message>
        <message>
            <source>All tables as Excel workbook (.xlsx)…</source>
            <translation>Vse tabele kot Excelov delovni zvezek (.xlsx) …</translation>
        </message>
        <message>
            <source>One table as CSV</source>
            <translation>Ena tabela kot CSV</translation>
        </message>
        <message>
            <source>Chart as PNG image…</source>
            <translation>Diagram kot slika PNG …</translation>
        </message>
        <message>
            <source>Chart as SVG drawing…</source>
            <translation>Diagram kot risba SVG …</translation>
        </message>
        <message>
            <source>Inputs for the command line (JSON)…</source>
            <translation>Vhodni podatki za ukazno vrstico (JSON) …</translation>
        </message>
        <message>
            <source>Could not export {file}: {reason}</source>
            <translation>Datoteke {file} ni bilo mogoče izvoziti: {reason}</translation>
        </message>
        <message>
            <source>Export all tables</source>
            <translation>Izvozi vse tabele</translation>
        </message>
        <message>
            <source>Export a table</source>
            <translation>Izvozi tabelo</translation>
        </message>
        <message>
            <source>Export the inputs for the command line</source>
            <translation>Izvozi vhodne podatke za ukazno vrstico</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Dodaj merilo</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Dodaj skupino</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Odstrani</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Prilepi</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Počisti</translation>
        </message>
        <message>
            <source>Add alternative</source>
            <translation>Dodaj alternativo</translation>
        </message>
        <message>
            <source>Remove alternatives</source>
            <translation>Odstrani alternative</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Merila</translation>
        </message>
        <message>
            <source>select the criteria to remove first</source>
            <translation>najprej izberite merila, ki jih želite odstraniti</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translation>Odstrani {names}</translation>
        </message>
        <message>
            <source>select the alternatives (rows) to remove first</source>
            <translation>najprej izberite alternative (vrstice), ki jih želite odstraniti</translation>
        </message>
        <message>
            <source>{names} and {n} more</source>
            <translation>{names} in še {n}</translation>
        </message>
        <message>
            <source>Nothing was pasted: {reason}</source>
            <translation>Nič ni bilo prilepljeno: {reason}</translation>
        </message>
        <message>
            <source>Paste into {n} cells</source>
            <translation>Prilepi v {n} celic</translation>
        </message>
        <message>
            <source>Nothing was pasted: the copied block has {rows} rows x {cols} columns, but from alternative {top} and criterion {left} the table has room for {room_rows} x {room_cols}; add alternatives or criteria first</source>
            <translation>Nič ni bilo prilepljeno: kopirani blok ima {rows} vrstic × {cols} stolpcev, tabela pa ima od alternative {top} in merila {left} naprej prostora le za {room_rows} × {room_cols}; najprej dodajte alternative ali merila</translation>
        </message>
        <message>
            <source>Paste {rows} x {cols} values</source>
            <translation>Prilepi {rows} × {cols} vrednosti</translation>
        </message>
        <message>
            <source>Clear {n} values</source>
            <translation>Počisti vrednosti ({n})</translation>
        </message>
        <message>
            <source>Clear {n} value</source>
            <translation>Počisti {n} vrednost</translation>
        </message>
        <message>
            <source>the best {shown} of {total}</source>
            <translation>najboljših {shown} od {total}</translation>
        </message>
        <message>
            <source>Open a project to see its ranking.</source>
            <translation>Odprite projekt, da vidite njegovo razvrstitev.</translation>
        </message>
        <message>
            <source>Do the methods agree?</source>
            <translation>Ali se metode ujemajo?</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Računanje …</translation>
        </message>
        <message>
            <source>What-if weights</source>
            <translation>Uteži kaj-če</translation>
        </message>
        <message>
            <source>{method}: score, higher is better</source>
            <translation>{method}: ocena, višja je boljša</translation>
        </message>
        <message>
            <source>{method}: score, lower is better</source>
            <translation>{method}: ocena, nižja je boljša</translation>
        </message>
        <message>
            <source>Rank correlations with the selected method: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Korelacije razvrstitev z izbrano metodo: 1 = enak vrstni red, 0 = brez povezave, −1 = obrnjen vrstni red.</translation>
        </message>
        <message>
            <source>weights: {source}</source>
            <translation>uteži: {source}</translation>
        </message>
        <message>
            <source>Try other weights: the ranking follows at once. Each change is saved and can be undone (Ctrl+Z).</source>
            <translation>Preizkusite druge uteži: razvrstitev se takoj prilagodi. Vsaka sprememba se shrani in jo lahko razveljavite (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Share of this criterion's weight among its siblings</source>
            <translation>Delež uteži tega merila med merili na isti ravni</translation>
        </message>
        <message>
            <source>weight (%)</source>
            <translation>utež (%)</translation>
        </message>
        <message>
            <source>Weights by scenario</source>
            <translation>Uteži po scenarijih</translation>
        </message>
        <message>
            <source>Save current weights…</source>
            <translation>Shrani trenutne uteži …</translation>
        </message>
        <message>
            <source>Keep the project's current weights and method under a name</source>
            <translation>Shrani trenutne uteži in metodo projekta pod imenom</translation>
        </message>
        <message>
            <source>Use these weights</source>
            <translation>Uporabi te uteži</translation>
        </message>
        <message>
            <source>Give the project the selected scenario's weights (Edit ▸ Undo takes it back)</source>
            <translation>Projektu dodelite uteži izbranega scenarija (Urejanje ▸ Razveljavi jih vrne)</translation>
        </message>
        <message>
            <source>Tick up to {n} to compare:</source>
            <translation>Za primerjavo označite največ {n}:</translation>
        </message>
        <message>
            <source>Rank of each alternative</source>
            <translation>Mesto vsake alternative</translation>
        </message>
        <message>
            <source>(shaded where it moves)</source>
            <translation>(osenčeno, kjer se spremeni)</translation>
        </message>
        <message>
            <source>the project's weights now</source>
            <translation>trenutne uteži projekta</translation>
        </message>
        <message>
            <source>{method}, saved weights</source>
            <translation>{method}, shranjene uteži</translation>
        </message>
        <message>
            <source>Compare at most {n} at once; untick one first.</source>
            <translation>Primerjate lahko največ {n} hkrati; najprej odznačite enega.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Ni shranjeno: {reason}.</translation>
        </message>
        <message>
            <source>Saved the current weights as '{name}'.</source>
            <translation>Trenutne uteži so shranjene kot »{name}«.</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Shrani scenarij</translation>
        </message>
        <message>
            <source>Name of the scenario (for example 'Jobs first'):</source>
            <translation>Ime scenarija (na primer »Najprej delovna mesta«):</translation>
        </message>
        <message>
            <source>Replace scenario</source>
            <translation>Zamenjaj scenarij</translation>
        </message>
        <message>
            <source>A scenario called '{name}' exists. Replace its weights?</source>
            <translation>Scenarij z imenom »{name}« že obstaja. Želite zamenjati njegove uteži?</translation>
        </message>
        <message>
            <source>The project now uses the weights of '{name}'.</source>
            <translation>Projekt zdaj uporablja uteži scenarija »{name}«.</translation>
        </message>
        <message>
            <source>Deleted '{name}' (Edit ▸ Undo brings it back).</source>
            <translation>Scenarij »{name}« je izbrisan (Urejanje ▸ Razveljavi ga vrne).</translation>
        </message>
        <message>
            <source>Could not rank {list}</source>
            <translation>Ni bilo mogoče razvrstiti: {list}</translation>
        </message>
        <message>
            <source>{moved} of {total} alternatives change rank between the compared scenarios.</source>
            <translation>{moved} od {total} alternativ spremeni mesto med primerjanimi scenariji.</translation>
        </message>
        <message>
            <source>Tick a second entry to compare.</source>
            <translation>Za primerjavo označite še drugi vnos.</translation>
        </message>
        <message>
            <source>Could not compare: {reason}</source>
            <translation>Primerjava ni bila mogoča: {reason}</translation>
        </message>
        <message>
            <source>Weight of the criterion (%)</source>
            <translation>Utež merila (%)</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>zdaj {value}</translation>
        </message>
        <message>
            <source>Weight of “{criterion}” (%)</source>
            <translation>Utež merila »{criterion}« (%)</translation>
        </message>
        <message>
            <source>Rank of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Mesto vsake alternative, ko se utež merila »{criterion}« spreminja od 0 do 100 %</translation>
        </message>
        <message>
            <source>Score of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Ocena vsake alternative, ko se utež merila »{criterion}« spreminja od 0 do 100 %</translation>
        </message>
        <message>
            <source>The other weights keep their proportions to one another. ○ marks a weight at which two neighbouring alternatives swap places; the dashed line is the current weight.</source>
            <translation>Druge uteži ohranijo medsebojna razmerja. ○ označuje utež, pri kateri sosednji alternativi zamenjata mesti; črtkana črta je trenutna utež.</translation>
        </message>
        <message>
            <source>Open a project to see how robust its ranking is.</source>
            <translation>Odprite projekt, da vidite, kako robustna je njegova razvrstitev.</translation>
        </message>
        <message>
            <source>What would it take for another alternative to win?</source>
            <translation>Kaj bi bilo potrebno, da bi zmagala druga alternativa?</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Prikaži</translation>
        </message>
        <message>
            <source>Sweep one weight</source>
            <translation>Spreminjanje ene uteži</translation>
        </message>
        <message>
            <source>Scenarios: save the weights, compare up to four</source>
            <translation>Scenariji: shranite uteži in primerjajte do štiri</translation>
        </message>
        <message>
            <source>Current winner with {method}: {winner}. Click a row to sweep that criterion.</source>
            <translation>Trenutni zmagovalec z metodo {method}: {winner}. Kliknite vrstico, da spreminjate to merilo.</translation>
        </message>
        <message>
            <source>one weight varied, the others keep their proportions</source>
            <translation>ena utež se spreminja, druge ohranijo razmerja</translation>
        </message>
        <message>
            <source>Needs AHP judgments from at least two participants (Weights page)</source>
            <translation>Potrebne so presoje AHP vsaj dveh udeležencev (stran Uteži)</translation>
        </message>
        <message>
            <source>Monte Carlo: does the winner survive other weightings?</source>
            <translation>Monte Carlo: ali zmagovalec vzdrži tudi drugačne uteži?</translation>
        </message>
        <message>
            <source>How many weightings to draw</source>
            <translation>Koliko uteževanj izžrebati</translation>
        </message>
        <message>
            <source>The same seed gives the same result</source>
            <translation>Isto seme da isti rezultat</translation>
        </message>
        <message>
            <source>concentration </source>
            <translation>koncentracija </translation>
        </message>
        <message>
            <source>Higher = weightings closer to the current weights</source>
            <translation>Višja = uteževanja bližje trenutnim utežem</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Zaženi</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Vzorci</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seme</translation>
        </message>
        <message>
            <source>Weightings spread like the AHP weights of {n} participants</source>
            <translation>Uteževanja razpršena kot uteži AHP {n} udeležencev</translation>
        </message>
        <message>
            <source>Cancelled. The table shows the previous run.</source>
            <translation>Preklicano. Tabela prikazuje prejšnji izračun.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Preklicano.</translation>
        </message>
        <message>
            <source>Rows: alternatives in the current ranking; cells: share of the weightings giving that rank. Hover a name for its central weights.</source>
            <translation>Vrstice: alternative v trenutni razvrstitvi; celice: delež uteževanj, ki dajo to mesto. Za osrednje uteži se z miško postavite na ime.</translation>
        </message>
        <message>
            <source>Never ranked first: no central weights</source>
            <translation>Nikoli na prvem mestu: ni osrednjih uteži</translation>
        </message>
        <message>
            <source>Typical weights when it wins (central weights): {weights}, …</source>
            <translation>Značilne uteži, ko zmaga (osrednje uteži): {weights}, …</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mera</translation>
        </message>
        <message>
            <source>WS (Sałabun &amp; Urbaniak 2020): the row method's ranking is the reference; the top ranks count most. 1 = the same ranking.</source>
            <translation>WS (Sałabun &amp; Urbaniak 2020): razvrstitev metode v vrstici je referenca; najbolj štejejo prva mesta. 1 = enaka razvrstitev.</translation>
        </message>
        <message>
            <source>Rank correlation: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Korelacija mest: 1 = enak vrstni red, 0 = nepovezano, −1 = obrnjeno.</translation>
        </message>
        <message>
            <source>Not ranked — {reasons}</source>
            <translation>Ni razvrščeno — {reasons}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Razveljavi</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Uveljavi</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Razveljavi: {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Uveljavi: {action}</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Uvozi …</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Preimenuj …</translation>
        </message>
        <message>
            <source>New data set</source>
            <translation>Nov nabor podatkov</translation>
        </message>
        <message>
            <source>Name of the new {title} data set:</source>
            <translation>Ime novega nabora podatkov ({title}):</translation>
        </message>
        <message>
            <source>New {title}</source>
            <translation>Nov niz: {title}</translation>
        </message>
        <message>
            <source>Rename data set</source>
            <translation>Preimenuj nabor podatkov</translation>
        </message>
        <message>
            <source>Delete the {title} data set '{name}'? This cannot be undone.</source>
            <translation>Želite izbrisati nabor podatkov »{name}« ({title})? Tega ni mogoče razveljaviti.</translation>
        </message>
        <message>
            <source>Delete data set</source>
            <translation>Izbriši nabor podatkov</translation>
        </message>
        <message>
            <source>{error}. The data set was reloaded.</source>
            <translation>{error}. Nabor podatkov je bil znova naložen.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Dodaj …</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Primerjaj</translation>
        </message>
        <message>
            <source>Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3.</source>
            <translation>Vrstica proti stolpcu na Saatyjevi lestvici: 1 enako · 3 zmerno · 5 močno · 7 zelo močno · 9 izjemno bolj pomembno; 1/3 … obratno. Vpišite 3 ali 1/3.</translation>
        </message>
        <message>
            <source>Scores against the factors</source>
            <translation>Ocene glede na dejavnike</translation>
        </message>
        <message>
            <source>Pairwise comparison per factor</source>
            <translation>Primerjava v parih po dejavnikih</translation>
        </message>
        <message>
            <source>change strategy method</source>
            <translation>sprememba metode za strategije</translation>
        </message>
        <message>
            <source>{group}  ·  weight {weight}</source>
            <translation>{group}  ·  utež {weight}</translation>
        </message>
        <message>
            <source>Highest global priority: {factor} ({group}, {value}).</source>
            <translation>Najvišja globalna prioriteta: {factor} ({group}, {value}).</translation>
        </message>
        <message>
            <source>group comparison</source>
            <translation>primerjava skupin</translation>
        </message>
        <message>
            <source>strategies on '{factor}'</source>
            <translation>strategije glede na '{factor}'</translation>
        </message>
        <message>
            <source>CR above 0.10 in: {where}.</source>
            <translation>CR nad 0,10 pri: {where}.</translation>
        </message>
        <message>
            <source>Best strategy: {name} (priority {value}).</source>
            <translation>Najboljša strategija: {name} (prioriteta {value}).</translation>
        </message>
        <message>
            <source>Best strategy: {name} (score {value}).</source>
            <translation>Najboljša strategija: {name} (ocena {value}).</translation>
        </message>
        <message>
            <source>All participants combined (AIJ)</source>
            <translation>Vsi udeleženci skupaj (AIJ)</translation>
        </message>
        <message>
            <source>CR — (2 items: always 0)</source>
            <translation>CR — (2 elementa: vedno 0)</translation>
        </message>
        <message>
            <source>{n} participants, combined by the geometric mean of their judgments (AIJ); the CR above is that of the combined matrix. Each participant's CR: {crs}</source>
            <translation>Udeleženci: {n}, združeni z geometrično sredino njihovih presoj (AIJ); zgornji CR velja za združeno matriko. CR posameznih udeležencev: {crs}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteta</translation>
        </message>
        <message>
            <source>Local priority of each strategy with respect to each factor, from the comparisons 'Strategies with respect to …' under Compare (left). Priority = Σ global priority of the factor × local priority; the priorities sum to 1.</source>
            <translation>Lokalna prioriteta vsake strategije glede na vsak dejavnik iz primerjav »Strategije glede na …« pod Primerjaj (levo). Prioriteta = Σ globalna prioriteta dejavnika × lokalna prioriteta; vsota prioritet je 1.</translation>
        </message>
        <message>
            <source>Score each strategy 0..5 against each factor (higher is better). Score = Σ global priority × score.</source>
            <translation>Vsako strategijo ocenite od 0 do 5 glede na vsak dejavnik (višje je bolje). Ocena = Σ globalna prioriteta × ocena.</translation>
        </message>
        <message>
            <source>{participant}: compare '{a}' with '{b}'</source>
            <translation>{participant}: primerjava '{a}' z '{b}'</translation>
        </message>
        <message>
            <source>score '{strategy}' on '{factor}'</source>
            <translation>ocena '{strategy}' glede na '{factor}'</translation>
        </message>
        <message>
            <source>Add to {group}</source>
            <translation>Dodaj k: {group}</translation>
        </message>
        <message>
            <source>Name of the new factor:</source>
            <translation>Ime novega dejavnika:</translation>
        </message>
        <message>
            <source>add '{name}'</source>
            <translation>dodajanje '{name}'</translation>
        </message>
        <message>
            <source>Rename factor</source>
            <translation>Preimenuj dejavnik</translation>
        </message>
        <message>
            <source>rename '{name}'</source>
            <translation>preimenovanje '{name}'</translation>
        </message>
        <message>
            <source>remove '{name}'</source>
            <translation>odstranitev '{name}'</translation>
        </message>
        <message>
            <source>Add strategy</source>
            <translation>Dodaj strategijo</translation>
        </message>
        <message>
            <source>Name of the strategy option:</source>
            <translation>Ime strateške možnosti:</translation>
        </message>
        <message>
            <source>add strategy '{name}'</source>
            <translation>dodajanje strategije '{name}'</translation>
        </message>
        <message>
            <source>remove strategy '{name}'</source>
            <translation>odstranitev strategije '{name}'</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Dodaj udeleženca</translation>
        </message>
        <message>
            <source>Name of the new participant (starts with all judgments equal):</source>
            <translation>Ime novega udeleženca (vse presoje so na začetku enake):</translation>
        </message>
        <message>
            <source>add participant '{name}'</source>
            <translation>dodajanje udeleženca '{name}'</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Preimenuj udeleženca</translation>
        </message>
        <message>
            <source>rename participant '{name}'</source>
            <translation>preimenovanje udeleženca '{name}'</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Odstrani udeleženca</translation>
        </message>
        <message>
            <source>Remove the judgments of '{name}'?</source>
            <translation>Želite odstraniti presoje udeleženca '{name}'?</translation>
        </message>
        <message>
            <source>remove participant '{name}'</source>
            <translation>odstranitev udeleženca '{name}'</translation>
        </message>
        <message>
            <source>'{text}' is not a score: type a number.</source>
            <translation>'{text}' ni ocena: vpišite število.</translation>
        </message>
        <message>
            <source>D+R  (prominence: how much a factor is involved)</source>
            <translation>D+R  (pomembnost: vpletenost dejavnika)</translation>
        </message>
        <message>
            <source>D−R  (relation)</source>
            <translation>D−R  (relacija)</translation>
        </message>
        <message>
            <source>causes ↑</source>
            <translation>vzroki ↑</translation>
        </message>
        <message>
            <source>effects ↓</source>
            <translation>posledice ↓</translation>
        </message>
        <message>
            <source>mean of T</source>
            <translation>povprečje T</translation>
        </message>
        <message>
            <source>set by you</source>
            <translation>določili ste jo sami</translation>
        </message>
        <message>
            <source>cause (D−R &amp;gt; 0)</source>
            <translation>vzrok (D−R &amp;gt; 0)</translation>
        </message>
        <message>
            <source>{n} arrows: total influence T above the threshold {threshold} ({source}).</source>
            <translation>Puščice: {n}; skupni vpliv T nad pragom {threshold} ({source}).</translation>
        </message>
        <message>
            <source>global priority</source>
            <translation>globalna prioriteta</translation>
        </message>
        <message>
            <source>Factors</source>
            <translation>Dejavniki</translation>
        </message>
        <message>
            <source>change normalization</source>
            <translation>sprememba normalizacije</translation>
        </message>
        <message>
            <source>change weighting</source>
            <translation>sprememba uteževanja</translation>
        </message>
        <message>
            <source>set</source>
            <translation>določi</translation>
        </message>
        <message>
            <source>Unticked: the threshold is the mean of all entries of T</source>
            <translation>Brez kljukice: prag je povprečje vseh vrednosti T</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Prag</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Strokovnjak</translation>
        </message>
        <message>
            <source>Row influences column: 0 none · 1 low · 2 medium · 3 high · 4 very high. The experts' matrices are averaged.</source>
            <translation>Vrstica vpliva na stolpec: 0 nič · 1 nizko · 2 srednje · 3 visoko · 4 zelo visoko. Matrike strokovnjakov se povprečijo.</translation>
        </message>
        <message>
            <source>D: influence given (row sums of T); R: influence received (column sums)</source>
            <translation>D: dani vpliv (vsote vrstic T); R: prejeti vpliv (vsote stolpcev)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Causes&lt;/b&gt; (act on these): {causes}.&lt;br&gt;&lt;b&gt;Effects&lt;/b&gt;: {effects}.&lt;br&gt;Experts averaged: {n}; N = X / {k} ({normalization}); weights {weighting}.</source>
            <translation>&lt;b&gt;Vzroki&lt;/b&gt; (ukrepajte tu): {causes}.&lt;br&gt;&lt;b&gt;Posledice&lt;/b&gt;: {effects}.&lt;br&gt;Povprečeni strokovnjaki: {n}; N = X / {k} ({normalization}); uteži {weighting}.</translation>
        </message>
        <message>
            <source>{expert}: '{a}' on '{b}'</source>
            <translation>{expert}: '{a}' na '{b}'</translation>
        </message>
        <message>
            <source>change threshold</source>
            <translation>sprememba praga</translation>
        </message>
        <message>
            <source>Add factor</source>
            <translation>Dodaj dejavnik</translation>
        </message>
        <message>
            <source>add factor '{name}'</source>
            <translation>dodajanje dejavnika '{name}'</translation>
        </message>
        <message>
            <source>rename factor '{name}'</source>
            <translation>preimenovanje dejavnika '{name}'</translation>
        </message>
        <message>
            <source>remove factor '{name}'</source>
            <translation>odstranitev dejavnika '{name}'</translation>
        </message>
        <message>
            <source>Add expert</source>
            <translation>Dodaj strokovnjaka</translation>
        </message>
        <message>
            <source>Name of the new expert:</source>
            <translation>Ime novega strokovnjaka:</translation>
        </message>
        <message>
            <source>add expert '{name}'</source>
            <translation>dodajanje strokovnjaka '{name}'</translation>
        </message>
        <message>
            <source>Rename expert</source>
            <translation>Preimenuj strokovnjaka</translation>
        </message>
        <message>
            <source>rename expert '{name}'</source>
            <translation>preimenovanje strokovnjaka '{name}'</translation>
        </message>
        <message>
            <source>Remove expert</source>
            <translation>Odstrani strokovnjaka</translation>
        </message>
        <message>
            <source>Remove the matrix of '{name}'?</source>
            <translation>Želite odstraniti matriko strokovnjaka '{name}'?</translation>
        </message>
        <message>
            <source>remove expert '{name}'</source>
            <translation>odstranitev strokovnjaka '{name}'</translation>
        </message>
        <message>
            <source>DEMATEL: cause and effect</source>
            <translation>DEMATEL: vzrok in posledica</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nov …</translation>
        </message>
        <message>
            <source>Replace the open data set by a JSON file in the command-line format (undoable)</source>
            <translation>Odprti nabor podatkov zamenjajte z datoteko JSON v obliki ukazne vrstice (razveljavljivo)</translation>
        </message>
        <message>
            <source>Data set as JSON…</source>
            <translation>Nabor podatkov kot JSON …</translation>
        </message>
        <message>
            <source>Shown table as CSV…</source>
            <translation>Prikazano tabelo kot CSV …</translation>
        </message>
        <message>
            <source>All tables as Excel…</source>
            <translation>Vse tabele kot Excel …</translation>
        </message>
        <message>
            <source>Chart as PNG…</source>
            <translation>Grafikon kot PNG …</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Izvoženo v {file}</translation>
        </message>
        <message>
            <source>import {file}</source>
            <translation>uvoz {file}</translation>
        </message>
        <message>
            <source>Import data set</source>
            <translation>Uvozi nabor podatkov</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Datoteke JSON (*.json)</translation>
        </message>
        <message>
            <source>Export data set</source>
            <translation>Izvozi nabor podatkov</translation>
        </message>
        <message>
            <source>There is no result to export.</source>
            <translation>Ni rezultata za izvoz.</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Izvozi tabelo</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Datoteke CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export tables</source>
            <translation>Izvozi tabele</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Delovni zvezki Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot write {file}.</source>
            <translation>Datoteke {file} ni mogoče zapisati.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Izvozi grafikon</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Slike PNG (*.png)</translation>
        </message>
        <message>
            <source>Global weight (%)</source>
            <translation>Globalna utež (%)</translation>
        </message>
        <message>
            <source>Global weights of the criteria</source>
            <translation>Globalne uteži meril</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Zakleni</translation>
        </message>
        <message>
            <source>Keep this weight when others change</source>
            <translation>Ohrani to utež, ko se druge spreminjajo</translation>
        </message>
        <message>
            <source>Drag a slider or type a percentage; the unlocked weights of this group are rescaled so the group sums to 100 %.</source>
            <translation>Povlecite drsnik ali vnesite odstotek; odklenjene uteži te skupine se prilagodijo, tako da je vsota skupine 100 %.</translation>
        </message>
        <message>
            <source>Change weights (top level)</source>
            <translation>Spremeni uteži (najvišja raven)</translation>
        </message>
        <message>
            <source>Change weights ({group})</source>
            <translation>Spremeni uteži ({group})</translation>
        </message>
        <message>
            <source>Sum: {total}</source>
            <translation>Vsota: {total}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Uporabi</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Metoda:</translation>
        </message>
        <message>
            <source>Weights computed from how much the data of this group's criteria vary.</source>
            <translation>Uteži, izračunane iz tega, kako močno se razlikujejo podatki meril te skupine.</translation>
        </message>
        <message>
            <source>Open a project to compute weights.</source>
            <translation>Odprite projekt, da izračunate uteži.</translation>
        </message>
        <message>
            <source>Apply {method} weights</source>
            <translation>Uporabi uteži po metodi {method}</translation>
        </message>
        <message>
            <source>Direct weights</source>
            <translation>Neposredne uteži</translation>
        </message>
        <message>
            <source>Pairwise (AHP)</source>
            <translation>Primerjava v parih (AHP)</translation>
        </message>
        <message>
            <source>Objective weights</source>
            <translation>Objektivne uteži</translation>
        </message>
        <message>
            <source>Criteria group:</source>
            <translation>Skupina meril:</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Dodaj udeleženca …</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Prejšnje</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Naslednje</translation>
        </message>
        <message>
            <source>Clear answer</source>
            <translation>Počisti odgovor</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Uporabi predlog</translation>
        </message>
        <message>
            <source>Use group weights</source>
            <translation>Uporabi skupinske uteži</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Udeleženec:</translation>
        </message>
        <message>
            <source>Matrix (row item over column item; double-click the upper half):</source>
            <translation>Matrika (element vrstice proti elementu stolpca; dvokliknite zgornjo polovico):</translation>
        </message>
        <message>
            <source>Apply suggestion: {a} vs {b}</source>
            <translation>Uporabi predlog: {a} proti {b}</translation>
        </message>
        <message>
            <source>Use AHP weights of {participant}</source>
            <translation>Uporabi uteži AHP udeleženca {participant}</translation>
        </message>
        <message>
            <source>Use group AHP weights</source>
            <translation>Uporabi skupinske uteži AHP</translation>
        </message>
        <message>
            <source>This group needs at least two criteria to compare.</source>
            <translation>Ta skupina potrebuje za primerjavo vsaj dve merili.</translation>
        </message>
        <message>
            <source>Question {n} of {total} ({answered} answered)</source>
            <translation>Vprašanje {n} od {total} (odgovorjenih: {answered})</translation>
        </message>
        <message>
            <source>Choose or add a participant to answer the questions.</source>
            <translation>Izberite ali dodajte udeleženca, ki bo odgovarjal na vprašanja.</translation>
        </message>
        <message>
            <source>CR is above {threshold}. Most inconsistent answer: {a} / {b} = {current} ({current_words}). Suggested: {suggested} ({suggested_words}); CR would be {cr}.</source>
            <translation>CR je nad {threshold}. Najbolj nedosleden odgovor: {a} / {b} = {current} ({current_words}). Predlog: {suggested} ({suggested_words}); CR bi bil {cr}.</translation>
        </message>
        <message>
            <source>No participant has answered yet.</source>
            <translation>Noben udeleženec še ni odgovoril.</translation>
        </message>
        <message>
            <source>{n} participant(s).</source>
            <translation>Udeleženci: {n}.</translation>
        </message>
        <message>
            <source>Clear: {a} vs {b}</source>
            <translation>Počisti: {a} proti {b}</translation>
        </message>
        <message>
            <source>Answer: {a} vs {b}</source>
            <translation>Odgovor: {a} proti {b}</translation>
        </message>
        <message>
            <source>Name of the participant:</source>
            <translation>Ime udeleženca:</translation>
        </message>
        <message>
            <source>the left criterion</source>
            <translation>levo merilo</translation>
        </message>
        <message>
            <source>the right criterion</source>
            <translation>desno merilo</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>uporaba: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>položajni argumenti</translation>
        </message>
        <message>
            <source>options</source>
            <translation>možnosti</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>prikaži to pomoč in končaj</translation>
        </message>
        <message>
            <source>{message} (see `innocite --help`)</source>
            <translation>{message} (glejte `innocite --help`)</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio. Without a command, opens the desktop app.</source>
            <translation>InnoCite Decision Studio. Brez ukaza odpre namizno aplikacijo.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>izpiše različico in konča</translation>
        </message>
        <message>
            <source>render the main window with the demo project offscreen to a PNG and exit</source>
            <translation>izriše glavno okno s predstavitvenim projektom brez zaslona v datoteko PNG in konča</translation>
        </message>
        <message>
            <source>with --screenshot: a page name (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</source>
            <translation>z --screenshot: ime strani (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</translation>
        </message>
        <message>
            <source>with no command: the database the app opens</source>
            <translation>brez ukaza: podatkovna zbirka, ki jo aplikacija odpre</translation>
        </message>
        <message>
            <source>interface language: en, sl, de, it or fr (default: the settings or the system's)</source>
            <translation>jezik vmesnika: en, sl, de, it ali fr (privzeto: iz nastavitev ali sistema)</translation>
        </message>
        <message>
            <source>check this installation offscreen (demo database, ranking, page PNG, memo, translations) and exit 0 if all passed</source>
            <translation>preveri to namestitev brez zaslona (predstavitvena zbirka, razvrstitev, stran v PNG, memorandum, prevodi) in konča s kodo 0, če je vse uspelo</translation>
        </message>
        <message>
            <source>with --self-test: keep its files (PNG, memo) in DIR</source>
            <translation>z --self-test: njegove datoteke (PNG, memorandum) ohrani v mapi DIR</translation>
        </message>
        <message>
            <source>rank the alternatives of a problem file or stored project</source>
            <translation>razvrsti alternative iz datoteke problema ali shranjenega projekta</translation>
        </message>
        <message>
            <source>problem file (JSON), or the name or id of a stored project</source>
            <translation>datoteka problema (JSON) ali ime ali id shranjenega projekta</translation>
        </message>
        <message>
            <source>database for a stored project (default: yours)</source>
            <translation>podatkovna baza za shranjeni projekt (privzeto: vaša)</translation>
        </message>
        <message>
            <source>ranking method (see `innocite methods`); default topsis</source>
            <translation>metoda razvrščanja (glejte `innocite methods`); privzeto topsis</translation>
        </message>
        <message>
            <source>column normalization for methods that take one</source>
            <translation>normalizacija stolpcev za metode, ki jo uporabljajo</translation>
        </message>
        <message>
            <source>AHP synthesis mode</source>
            <translation>način sinteze AHP</translation>
        </message>
        <message>
            <source>objective weights (entropy, critic, ...) instead</source>
            <translation>namesto tega objektivne uteži (entropy, critic, ...)</translation>
        </message>
        <message>
            <source>method parameter</source>
            <translation>parameter metode</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>izpiši JSON</translation>
        </message>
        <message>
            <source>priorities and consistency of one pairwise matrix</source>
            <translation>prioritete in doslednost ene matrike primerjav v parih</translation>
        </message>
        <message>
            <source>AHP file (JSON): items plus matrix or judgments</source>
            <translation>datoteka AHP (JSON): elementi ter matrika ali presoje</translation>
        </message>
        <message>
            <source>objective criteria weights from the data</source>
            <translation>objektivne uteži meril iz podatkov</translation>
        </message>
        <message>
            <source>problem file (JSON)</source>
            <translation>datoteka problema (JSON)</translation>
        </message>
        <message>
            <source>entropy, critic, std, merec or equal</source>
            <translation>entropy, critic, std, merec ali equal</translation>
        </message>
        <message>
            <source>list ranking and weighting methods with parameters</source>
            <translation>izpiši metode razvrščanja in uteževanja s parametri</translation>
        </message>
        <message>
            <source>list the projects in the database</source>
            <translation>izpiši projekte v podatkovni bazi</translation>
        </message>
        <message>
            <source>database URL or SQLite file (default: yours)</source>
            <translation>URL podatkovne baze ali datoteka SQLite (privzeto: vaša)</translation>
        </message>
        <message>
            <source>store a project file as a new project</source>
            <translation>shrani datoteko projekta kot nov projekt</translation>
        </message>
        <message>
            <source>project file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>datoteka projekta: .json, .xlsx, .csv ali .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>project name (default: the name in the file)</source>
            <translation>ime projekta (privzeto: ime v datoteki)</translation>
        </message>
        <message>
            <source>write a stored project to a file</source>
            <translation>zapiši shranjeni projekt v datoteko</translation>
        </message>
        <message>
            <source>project name or id</source>
            <translation>ime ali id projekta</translation>
        </message>
        <message>
            <source>output file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>izhodna datoteka: .json, .xlsx, .csv ali .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>tipping points, stability intervals and rank acceptability (SMAA)</source>
            <translation>prelomne točke, intervali stabilnosti in sprejemljivost mesta (SMAA)</translation>
        </message>
        <message>
            <source>problem file (JSON) or a stored project's name or id</source>
            <translation>datoteka problema (JSON) ali ime ali id shranjenega projekta</translation>
        </message>
        <message>
            <source>ranking method (default: the file's, or topsis)</source>
            <translation>metoda razvrščanja (privzeto: iz datoteke ali topsis)</translation>
        </message>
        <message>
            <source>SMAA weightings (default 10000)</source>
            <translation>uteževanja SMAA (privzeto 10000)</translation>
        </message>
        <message>
            <source>random seed (default 0)</source>
            <translation>seme naključnih števil (privzeto 0)</translation>
        </message>
        <message>
            <source>composite indicator: benchmark towns on indicators</source>
            <translation>sestavljeni kazalnik: primerjalna analiza mest po kazalnikih</translation>
        </message>
        <message>
            <source>benchmarking file: JSON, or a long CSV unit,indicator,value</source>
            <translation>datoteka primerjalne analize: JSON ali dolgi CSV unit,indicator,value</translation>
        </message>
        <message>
            <source>write an empty Excel workbook to fill in and import</source>
            <translation>zapiši prazen delovni zvezek Excel za izpolnitev in uvoz</translation>
        </message>
        <message>
            <source>output file (.xlsx)</source>
            <translation>izhodna datoteka (.xlsx)</translation>
        </message>
        <message>
            <source>check, back up or restore the projects database</source>
            <translation>preveri, varnostno kopiraj ali obnovi podatkovno bazo projektov</translation>
        </message>
        <message>
            <source>quick and integrity check</source>
            <translation>hitro preverjanje in preverjanje celovitosti</translation>
        </message>
        <message>
            <source>checked backup now</source>
            <translation>preverjena varnostna kopija zdaj</translation>
        </message>
        <message>
            <source>replace the database by a backup (keeps the current one)</source>
            <translation>zamenjaj podatkovno bazo z varnostno kopijo (trenutna se ohrani)</translation>
        </message>
        <message>
            <source>backup file to restore</source>
            <translation>datoteka varnostne kopije za obnovitev</translation>
        </message>
        <message>
            <source>--lang {code}: unknown language; use one of en, sl, de, it, fr</source>
            <translation>--lang {code}: neznan jezik; uporabite en, sl, de, it ali fr</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>prekinjeno</translation>
        </message>
        <message>
            <source>{what}: unexpected error: {error}</source>
            <translation>{what}: nepričakovana napaka: {error}</translation>
        </message>
        <message>
            <source>write a decision memo (PDF, Word or HTML) of a stored project</source>
            <translation>zapiši odločitveni memorandum (PDF, Word ali HTML) shranjenega projekta</translation>
        </message>
        <message>
            <source>stored project's name or id</source>
            <translation>ime ali id shranjenega projekta</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.docx or FILE.html</source>
            <translation>DATOTEKA.pdf, DATOTEKA.docx ali DATOTEKA.html</translation>
        </message>
        <message>
            <source>ranking method (default topsis)</source>
            <translation>metoda razvrščanja (privzeto topsis)</translation>
        </message>
        <message>
            <source>the decision taken (may differ from the ranking)</source>
            <translation>sprejeta odločitev (lahko se razlikuje od razvrstitve)</translation>
        </message>
        <message>
            <source>why it was taken</source>
            <translation>zakaj je bila sprejeta</translation>
        </message>
        <message>
            <source>whether the decision follows the ranking (default: guessed from --decision)</source>
            <translation>ali odločitev sledi razvrstitvi (privzeto: ugotovljeno iz --decision)</translation>
        </message>
        <message>
            <source>who writes the memo</source>
            <translation>kdo piše memorandum</translation>
        </message>
        <message>
            <source>memo title (default: Decision memo: PROJECT)</source>
            <translation>naslov memoranduma (privzeto: Odločitveni memorandum: PROJEKT)</translation>
        </message>
        <message>
            <source>PDF/Word page</source>
            <translation>velikost strani PDF/Word</translation>
        </message>
        <message>
            <source>leave a section out (repeatable): {sections}</source>
            <translation>izpusti razdelek (lahko večkrat): {sections}</translation>
        </message>
        <message>
            <source>random weightings (default 10000)</source>
            <translation>naključna uteževanja (privzeto 10000)</translation>
        </message>
        <message>
            <source>regenerate a stored memo snapshot instead of building a new one</source>
            <translation>namesto izdelave novega znova ustvari shranjeni posnetek memoranduma</translation>
        </message>
        <message>
            <source>language of the memo: sl, de, it, fr or en (default: the interface language, see innocite --lang; --snapshot regenerates in the language stored with it)</source>
            <translation>jezik memoranduma: sl, de, it, fr ali en (privzeto: jezik vmesnika, glejte innocite --lang; --snapshot ga znova ustvari v jeziku, shranjenem s posnetkom)</translation>
        </message>
        <message>
            <source>do not store the new snapshot</source>
            <translation>ne shrani novega posnetka</translation>
        </message>
        <message>
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file}: mapa {folder} ne obstaja</translation>
        </message>
        <message>
            <source>{file}: is a folder; give a file name</source>
            <translation>{file}: je mapa; navedite ime datoteke</translation>
        </message>
        <message>
            <source>{file}: cannot write there (permission denied)</source>
            <translation>{file}: tja ni mogoče pisati (dostop zavrnjen)</translation>
        </message>
        <message>
            <source>--lang {code}: choose one of {codes}</source>
            <translation>--lang {code}: izberite enega od {codes}</translation>
        </message>
        <message>
            <source>--samples {samples}: needs at least 1 weighting</source>
            <translation>--samples {samples}: potrebno je vsaj 1 uteževanje</translation>
        </message>
        <message>
            <source>--param {item}: expected NAME=VALUE</source>
            <translation>--param {item}: pričakovano IME=VREDNOST</translation>
        </message>
        <message>
            <source>{file}: cannot write the memo ({reason})</source>
            <translation>{file}: memoranduma ni mogoče zapisati ({reason})</translation>
        </message>
        <message>
            <source>stored memo {id} belongs to another project</source>
            <translation>shranjeni memorandum {id} pripada drugemu projektu</translation>
        </message>
        <message>
            <source>Memo regenerated from snapshot: {path} ({format})</source>
            <translation>Memorandum znova ustvarjen iz posnetka: {path} ({format})</translation>
        </message>
        <message>
            <source>Memo written: {path} ({format})</source>
            <translation>Memorandum zapisan: {path} ({format})</translation>
        </message>
        <message>
            <source>Snapshot id: {id}</source>
            <translation>ID posnetka: {id}</translation>
        </message>
        <message>
            <source>Data hash: {hash}</source>
            <translation>Zgoščena vrednost podatkov: {hash}</translation>
        </message>
        <message>
            <source>also write the benchmarking report (.pdf, .docx, .html)</source>
            <translation>zapiši tudi poročilo primerjalne analize (.pdf, .docx, .html)</translation>
        </message>
        <message>
            <source>report: the town compared with its peers</source>
            <translation>poročilo: mesto, primerjano s primerljivimi mesti</translation>
        </message>
        <message>
            <source>report: its peers (default: all others)</source>
            <translation>poročilo: primerljiva mesta (privzeto: vsa druga)</translation>
        </message>
        <message>
            <source>report page size</source>
            <translation>velikost strani poročila</translation>
        </message>
        <message>
            <source>report language: en, sl, de, it, fr (default: the interface language)</source>
            <translation>jezik poročila: en, sl, de, it, fr (privzeto: jezik vmesnika)</translation>
        </message>
        <message>
            <source>unknown language '{code}' (use one of {codes})</source>
            <translation>neznan jezik '{code}' (uporabite enega od {codes})</translation>
        </message>
        <message>
            <source>--lang is an option of --report</source>
            <translation>--lang je možnost za --report</translation>
        </message>
        <message>
            <source>--town and --peers are options of --report</source>
            <translation>--town in --peers sta možnosti za --report</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n. p.</translation>
        </message>
        <message>
            <source>median {median}, 5-95 %: {low}-{high}</source>
            <translation>mediana {median}, 5–95 %: {low}–{high}</translation>
        </message>
        <message>
            <source>Dropped (missing values): {units}</source>
            <translation>Izpuščeno (manjkajoče vrednosti): {units}</translation>
        </message>
        <message>
            <source>Imputed: {cells}</source>
            <translation>Dopolnjeno: {cells}</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs, seed {seed}; share of rank variance: {shares}</source>
            <translation>Negotovost: {runs} izračunov, seme {seed}; delež variance mest: {shares}</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Poročilo zapisano v {path}</translation>
        </message>
        <message>
            <source>a project named '{name}' exists already; import with --name NEW_NAME</source>
            <translation>projekt z imenom '{name}' že obstaja; uvozite z --name NOVO_IME</translation>
        </message>
        <message>
            <source>the template is an Excel workbook: give a file name ending in .xlsx</source>
            <translation>predloga je delovni zvezek Excel: navedite ime datoteke s končnico .xlsx</translation>
        </message>
        <message>
            <source>Method: {method}; winner: {winner}</source>
            <translation>Metoda: {method}; zmagovalka: {winner}</translation>
        </message>
        <message>
            <source>What it would take</source>
            <translation>Kaj bi bilo potrebno</translation>
        </message>
        <message>
            <source>no weight in [0, 1] changes the winner</source>
            <translation>nobena utež v [0, 1] ne spremeni zmagovalca</translation>
        </message>
        <message>
            <source>{delta} makes {alternative} win</source>
            <translation>{delta} da zmago alternativi {alternative}</translation>
        </message>
        <message>
            <source>winner stays for weights {low} to {high}</source>
            <translation>zmagovalka ostane pri utežeh od {low} do {high}</translation>
        </message>
        <message>
            <source>Rank acceptability ({samples} weightings, seed {seed})</source>
            <translation>Sprejemljivost mesta ({samples} uteževanj, seme {seed})</translation>
        </message>
        <message>
            <source>{alternative}: rank 1..3 = {shares}</source>
            <translation>{alternative}: mesto 1..3 = {shares}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>V redu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Shrani</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Shrani vse</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za &amp;vse</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za vse</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Poskusi znova</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Prezri</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zapri</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Zavrzi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoč</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Uporabi</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ponastavi</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Obnovi privzete</translation>
        </message>
    </context>
</TS>
