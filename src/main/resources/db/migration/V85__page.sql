-- The standing pages (faste sider) with a first text the administrator adapts. The texts name no
-- municipality: {kommune} shows as the installation's samspil.municipality.name (ADR 12).
create table page (
    slug       varchar(80)  primary key,
    title      varchar(200) not null,
    body       text         not null,
    updated_at timestamp with time zone not null default now(),
    updated_by bigint references account (id),
    -- what an edit was based on, so that two administrators cannot overwrite each other unawares
    version    integer      not null default 0
);

insert into page (slug, title, body) values
('om-samarbejdet', 'Om samarbejdet', $md$
{kommune} og lokalrådene arbejder sammen ud fra et samarbejdsgrundlag, som byrådet har vedtaget. Her kan du læse, hvad et lokalråd er, hvad samarbejdet skal føre til, og hvordan det foregår.

# Hvad er et lokalråd?

Et lokalråd er en gruppe frivillige borgere, der arbejder for udviklingen i deres lokalområde. Kommunen er inddelt i lokalområder, og målet er, at der er et lokalråd i dem alle.

Lokalrådene er forskellige i størrelse, beliggenhed (by eller land), arbejdsmetoder og ressourcer, og de tager forskellige roller i deres område. Det tager samarbejdet hensyn til: ikke alle lokalråd interesserer sig for de samme temaer, og et lokalråd kan både byde ind og takke nej.

# Formålet med lokalrådene

- **Lokal viden til beslutningerne.** Kommunen er stor, og politikere og administration kan ikke kende alle lokale forhold. Lokalrådene giver deres viden videre, så beslutningerne om lokalområderne bliver bedre.
- **Lokalområdets stemme.** Lokalrådet ser ud over den enkelte borgers ønsker og varetager hele områdets interesser.
- **Brobygger mellem borgere og kommune.** Når borgere vil skabe noget lokalt, kan lokalrådet hjælpe idéen videre og kvalificere forslaget, før det når kommunen.
- **Lokal forankring og sammenhængskraft.** Lokalrådene er med til at sikre, at udviklingen er forankret lokalt og kommer hele området til gode.
- **En bred kontaktflade.** Lokalrådet inddrager alle i området, der ønsker at bidrage til den lokale udvikling.

# Sådan foregår samarbejdet

**Inddragelse.** Når kommunen sætter en strategi, en politik, en indsats eller en handleplan i gang, der har betydning for lokalområderne, inviteres de relevante lokalråd til at byde ind. Lokalrådet kan sende et bidrag – eller takke nej.

**Tilbagemelding.** Det skal være tydeligt og konkret, hvad der kommer ud af samarbejdet. Kommunen svarer på hvert bidrag og fortæller, hvad der blev besluttet, og hvordan bidraget blev brugt.

**Orientering.** Kommunen orienterer lokalrådene om beslutninger og initiativer, der har betydning for deres område.

**Lokale udviklingsplaner.** Lokalrådene opfordres til at lave en lokal udviklingsplan, hvor det giver mening, og gerne i samarbejde med kommunen. Kommunens kontaktperson giver planen videre til de relevante dele af administrationen, så den kan indgå i den videre planlægning. Lokalrådene lærer også af hinandens planer.

**En kontaktperson.** Hvert lokalråd har en kontaktperson i kommunen, som er rådets indgang til administrationen.

# Hvad kan du som borger?

Under [Find dit lokalområde](/find-dit-lokalomraade) kan du se, hvilket lokalområde du bor i, og hvordan du kontakter dit lokalråd. Under [Inddragelser](/inddragelser) kan du følge, hvad kommunen har spurgt lokalrådene om, hvad de har svaret, og hvad der kom ud af det.
$md$),
('tilgaengelighed', 'Tilgængelighedserklæring', $md$
{kommune} ønsker, at alle kan bruge Samspil – også mennesker med handicap. Denne erklæring beskriver, hvordan Samspil lever op til lov om tilgængelighed af offentlige organers websteder og mobilapplikationer, hvad der endnu ikke virker for alle, og hvordan du giver os besked.

# Hvordan Samspil lever op til kravene

Samspil er bygget til at overholde standarden EN 301 549, som svarer til retningslinjerne WCAG 2.1 på niveau AA. Det betyder blandt andet, at

- alle sider kan bruges med tastaturet alene, og at du altid kan se, hvor du er på siden
- siderne kan læses op med en skærmlæser, og at det, kortene viser, også står som tekst i en liste eller tabel på samme side
- siderne kan forstørres og bruges på en mobiltelefon
- alle felter i formularer har en synlig ledetekst, og at en fejl forklares ved det felt, den gælder, uden at det, du har skrevet, går tabt
- siderne virker uden JavaScript.

Hver ændring af Samspil bliver automatisk testet for tilgængelighed, før den tages i brug.

# Det, der endnu ikke er tilgængeligt

- Kortene over lokalområderne kan være svære at bruge uden mus. Du kan i stedet finde dit lokalområde ved at søge på adresse, postnummer eller stednavn, og alle oplysninger fra kortene står også som tekst.
- Dokumenter, som kommunen eller lokalrådene lægger på siderne, for eksempel PDF-filer, er ikke nødvendigvis tilgængelige. Har du brug for et dokument i en anden form, så kontakt os.

# Giv os besked

Oplever du problemer med tilgængeligheden, eller har du brug for indhold i en anden form, så kontakt {kommune}. Du finder kommunens kontaktpersoner under [Kontakt](/kontakt). Skriv, hvilken side det drejer sig om, og hvad der ikke virker for dig.

# Klag over tilgængeligheden

Får du ikke et tilfredsstillende svar, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige websteder. Læs mere og klag på [was.digst.dk](https://www.was.digst.dk).
$md$),
('privatliv', 'Privatlivspolitik', $md$
Her kan du læse, hvilke oplysninger om dig Samspil gemmer, hvorfor, hvor længe, hvem der får dem, og hvilke rettigheder du har.

# Hvem er ansvarlig

{kommune} er dataansvarlig for de personoplysninger, der behandles i Samspil.

Du kan kontakte kommunens databeskyttelsesrådgiver (DPO) på: **[Udfyld: navn, e-mailadresse og telefonnummer på kommunens databeskyttelsesrådgiver]**

# Hvilke oplysninger vi gemmer

**Om medlemmer af et lokalråd:**

- dit navn, din e-mailadresse og dit telefonnummer
- hvilket lokalråd du sidder i, din post (for eksempel formand, kasserer eller medlem), og om du må svare kommunen på rådets vegne
- om du har sagt ja til, at dit navn vises offentligt på lokalrådets side
- det, du skriver i Samspil for lokalrådet, for eksempel udkast og bidrag til kommunens inddragelser.

**Om borgere, der logger ind:** din e-mailadresse og dit navn – det, du selv skriver, eller det, vi får fra den tjeneste, du logger ind med.

**Om kommunens medarbejdere:** navn, e-mailadresse, afdeling og rolle i Samspil.

**For alle, der logger ind:** hvornår du sidst loggede ind, og hvilke ændringer du har lavet (en revisionslog, som kommunen bruger til at kunne dokumentere, hvem der har ændret hvad). For at beskytte mod misbrug tæller vi mislykkede forsøg på at logge ind, kortvarigt, for den e-mailadresse og den IP-adresse, forsøgene kommer fra.

Samspil bruger kun de cookies, der er nødvendige, for at siden virker: én, der holder dig logget ind, og én, der husker, om du har valgt dansk eller engelsk. Der er ingen cookies til statistik eller markedsføring.

# Hvorfor vi gemmer oplysningerne

Oplysningerne bruges til samarbejdet mellem kommunen og lokalrådene efter kommunens samarbejdsgrundlag: at invitere lokalrådene til at byde ind, modtage deres bidrag og svare på dem, orientere dem om kommunens beslutninger og vise offentligt, hvilke lokalråd der findes, og hvordan man kontakter dem.

Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra e: behandlingen er nødvendig for at løse en opgave i samfundets interesse, som kommunen som offentlig myndighed varetager. At dit navn vises offentligt, sker kun med dit samtykke (artikel 6, stk. 1, litra a). Du kan til enhver tid trække samtykket tilbage under *Mit lokalråd*.

# Hvem får oplysningerne

- **Alle** kan se lokalrådenes kontaktoplysninger, navnene på de medlemmer, der har sagt ja til det, og de bidrag, lokalrådene sender til kommunen. Et bidrag vises med lokalrådets navn, ikke med navnet på den, der skrev det.
- **Medlemmerne af dit lokalråd** kan se dit navn og din post. Formanden og dem, der må svare for rådet, kan også se din e-mailadresse.
- **Kommunens medarbejdere og kontaktpersoner** kan se lokalrådenes bidrag og de oplysninger, de skal bruge for at samarbejde med rådene.
- **Leverandører**, der driver Samspil og sender e-mails for kommunen, behandler oplysningerne som databehandlere – kun efter kommunens instruks og efter en databehandleraftale.

Oplysningerne videregives ikke til andre, og de overføres ikke til lande uden for EU og EØS.

# Hvor længe vi gemmer dem

- Din plads i et lokalråd gemmes, så længe du sidder i rådet. Når du træder ud, slettes pladsen.
- Din konto gemmes, indtil du selv sletter den under *Profil*. Så slettes dit navn, din e-mailadresse og dit telefonnummer, du forlader de lokalråd, du sidder i, og dit navn i revisionsloggen erstattes af „Slettet bruger“.
- Det, et lokalråd har sendt til kommunen, er en del af kommunens sagsbehandling og gemmes efter arkivlovens regler. Det bliver stående, når du sletter din konto – uden dit navn.

# Dine rettigheder

Efter databeskyttelsesforordningen har du ret til

- **indsigt** i de oplysninger, vi har om dig. Under *Profil* kan du selv hente alt, hvad Samspil har registreret om dig, i én fil
- **berigtigelse**, det vil sige at få rettet forkerte oplysninger. Dit navn og telefonnummer kan du selv rette under *Profil*
- **sletning**. Du kan selv slette din konto under *Profil*
- **begrænsning** af behandlingen
- **indsigelse** mod behandlingen
- at **trække dit samtykke tilbage** til, at dit navn vises offentligt.

Vil du bruge dine rettigheder, så kontakt kommunen eller kommunens databeskyttelsesrådgiver.

# Klage til Datatilsynet

Du kan klage til Datatilsynet over den måde, kommunen behandler dine personoplysninger på: Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefon 33 19 32 00, e-mail [dt@datatilsynet.dk](mailto:dt@datatilsynet.dk), [www.datatilsynet.dk](https://www.datatilsynet.dk).
$md$);
