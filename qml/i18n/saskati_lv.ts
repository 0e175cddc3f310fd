<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>What do you notice? What do you do? Answer on your phone.</source>
        <translation>Ko jūs pamanāt? Ko jūs darīsiet? Atbildiet savā tālrunī.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>Answers are closed.</source>
        <translation>Atbildes vairs netiek pieņemtas.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>The room answered:</source>
        <translation>Grupa atbildēja:</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="179"/>
        <source>%1 of %2 have answered</source>
        <translation>Atbildējuši %1 no %2</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="232"/>
        <source>Critical error</source>
        <translation>Kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="232"/>
        <source>Best practice</source>
        <translation>Labā prakse</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="263"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation>Grupas ceļa rezultāts: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="319"/>
        <source>Joining is not open yet.</source>
        <translation>Pievienošanās vēl nav atvērta.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="333"/>
        <source>QR code to join</source>
        <translation>QR kods pievienošanai</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="341"/>
        <source>Join on your phone: scan the code, or open</source>
        <translation>Pievienojieties ar tālruni: noskenējiet kodu vai atveriet</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="358"/>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="365"/>
        <source>Switch off mobile data, stay on this Wi-Fi.</source>
        <translation>Izslēdziet mobilos datus, palieciet šajā Wi-Fi tīklā.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceView.qml" line="373"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n pievienojies</numerusform>
            <numerusform>%n pievienojušies</numerusform>
            <numerusform>%n pievienojušies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="34"/>
        <source>Before you start</source>
        <translation>Pirms sākat</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="47"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust — the children&apos;s and youth trust line 116111 or Centre MARTA.</source>
        <translation>Jebkurā brīdī varat pārtraukt, nospiežot “Iziet uz brīdi”; jūsu progress tiks saglabāts. Ja stāsts skar jūsu pašu dzīvi, parunājiet ar kādu, kam uzticaties, — palīdzēt var arī Bērnu un pusaudžu uzticības tālrunis 116111 vai Centrs MARTA.</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="58"/>
        <source>I am ready — start</source>
        <translation>Jā, varu sākt</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="64"/>
        <source>Not now</source>
        <translation>Ne tagad</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="23"/>
        <source>Recognising signs</source>
        <translation>Pazīmju atpazīšana</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="25"/>
        <source>Conducting the conversation</source>
        <translation>Sarunas vadīšana</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="27"/>
        <source>Referral</source>
        <translation>Nosūtīšana</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="29"/>
        <location filename="../qml/DebriefScreen.qml" line="56"/>
        <source>Assessment</source>
        <translation>Situācijas vērtējums</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="36"/>
        <source>Missed sign</source>
        <translation>Nepamanīta pazīme</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="38"/>
        <source>Not a sign</source>
        <translation>Nav pazīme</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="40"/>
        <source>Another indicator</source>
        <translation>Cits rādītājs</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="42"/>
        <source>A better choice existed</source>
        <translation>Bija labāka izvēle</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="44"/>
        <source>Critical error</source>
        <translation>Kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="46"/>
        <source>Missing from the plan</source>
        <translation>Trūkst plānā</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="48"/>
        <source>Should not be in the plan</source>
        <translation>Plānā nevajadzētu būt</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="50"/>
        <source>Too late</source>
        <translation>Par vēlu</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="52"/>
        <source>Order</source>
        <translation>Secība</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="54"/>
        <source>No referral plan</source>
        <translation>Nav nosūtīšanas plāna</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="97"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translation>%1 no %2 punktiem jūsu izvēlētajā ceļā · %3 % no labākā šajā scenārijā iespējamā rezultāta</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="105"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translation>Kritiska kļūda ierobežo rezultātu, lai cik labi būtu izdevies viss pārējais.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="116"/>
        <source>Play again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="121"/>
        <source>Back to scenarios</source>
        <translation>Atpakaļ uz scenārijiem</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="175"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translation>Pazīmes: atrastas — %1, nepamanītas — %2, atzīmēts bez pamata — %3</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="181"/>
        <source>What to learn from this attempt</source>
        <translation>Ko mācīties no šī mēģinājuma</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="228"/>
        <source>The conversation again, with the signs marked</source>
        <translation>Saruna vēlreiz, ar iezīmētām pazīmēm</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="235"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translation>Zaļš: pazīme, ko pamanījāt. Oranžs: pazīme, ko palaidāt garām. Sarkans: atzīmēts, bet nav pazīme.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Noticed: </source>
        <translation>Pamanīts: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Missed: </source>
        <translation>Nepamanīts: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Not a sign: </source>
        <translation>Nav pazīme: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="292"/>
        <source>The referral path this case calls for</source>
        <translation>Nosūtīšanas ceļš, kas vajadzīgs šajā gadījumā</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="329"/>
        <source>Your earlier attempts: %1</source>
        <translation>Jūsu iepriekšējie mēģinājumi: %1</translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>■ Stop</source>
        <translation>■ Apturēt</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>▶ Listen</source>
        <translation>▶ Klausīties</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Stop the voice</source>
        <translation>Apturēt atskaņošanu</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Listen to %1</source>
        <translation>Klausīties: %1</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="69"/>
        <source>Flagged: </source>
        <translation>Atzīmēts: </translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="70"/>
        <source>Press Enter to flag this as a sign</source>
        <translation>Nospiediet Enter, lai atzīmētu šo kā pazīmi</translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="44"/>
        <source>Something is wrong here</source>
        <translation>Šeit kaut kas nav kārtībā</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="52"/>
        <source>Remove the flag</source>
        <translation>Noņemt atzīmi</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="63"/>
        <source>…or find the indicator</source>
        <translation>…vai atrodiet rādītāju</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="64"/>
        <source>Find an indicator</source>
        <translation>Meklēt rādītāju</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="15"/>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>stopped</source>
        <translation>pārtraukts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="18"/>
        <source>not finished</source>
        <translation>nav pabeigts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="26"/>
        <source>My history</source>
        <translation>Mana vēsture</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="32"/>
        <source>No attempts yet.</source>
        <translation>Vēl nav neviena mēģinājuma.</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="30"/>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="40"/>
        <source>All forms</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="43"/>
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>No trafficking (control)</source>
        <translation>Bez cilvēku tirdzniecības (kontrole)</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="47"/>
        <source>Filter by form of trafficking</source>
        <translation>Filtrēt pēc cilvēku tirdzniecības veida</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="56"/>
        <source>All audiences</source>
        <translation>Visas auditorijas</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="60"/>
        <source>Filter by audience</source>
        <translation>Atlasīt pēc auditorijas</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="64"/>
        <source>My history</source>
        <translation>Mana vēsture</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="81"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translation>Scenāriju “%1” jūs pametāt nepabeigtu. Turpināt no vietas, kur apstājāties?</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="89"/>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="170"/>
        <source>For: %1</source>
        <translation>Kam paredzēts: %1</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Not played yet</source>
        <translation>Vēl nav mēģināts</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Your best: %1 %</source>
        <translation>Jūsu labākais: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="186"/>
        <source>Play</source>
        <translation>Sākt</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="187"/>
        <source>Play %1</source>
        <translation>Sākt scenāriju “%1”</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="72"/>
        <source>Saskati — recognise and refer</source>
        <translation>Saskati — pamani un palīdzi</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98"/>
        <source>Signed in: %1</source>
        <translation>Dalībnieks: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Switch the interface language</source>
        <translation>Pārslēgt saskarnes valodu</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="117"/>
        <source>Voices: auto</source>
        <translation>Balsis: automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="117"/>
        <source>Voices: on request</source>
        <translation>Balsis: pēc pieprasījuma</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="118"/>
        <source>Play the voices of a scene by themselves</source>
        <translation>Atskaņot ainas balsis automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Smaller text</source>
        <translation>Mazāks teksts</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Larger text</source>
        <translation>Lielāks teksts</translation>
    </message>
    <message>
        <source>Run a seminar</source>
        <translation type="vanished">Vadīt semināru</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation type="vanished">Pārskatīt rezultātus</translation>
    </message>
    <message>
        <source>This part of Saskati is being built. Practice works today.</source>
        <translation type="vanished">Šī Saskati daļa vēl tiek veidota. Trenēties var jau tagad.</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="17"/>
        <source>Notebook (%1)</source>
        <translation>Piezīmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="24"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translation>Vēl nekas nav atzīmēts. Izvēlieties teikumu vai attēla daļu, kas jums rada bažas.</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="57"/>
        <source>Remove this flag</source>
        <translation>Noņemt šo atzīmi</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="103"/>
        <source>Step %1</source>
        <translation>%1. solis</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="110"/>
        <source>Notebook (%1)</source>
        <translation>Piezīmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="115"/>
        <source>Step out</source>
        <translation>Iziet uz brīdi</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="116"/>
        <source>Pause and leave; your progress is kept</source>
        <translation>Pārtraukt un iziet; jūsu progress tiks saglabāts</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="156"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translation>Attēla daļa; nospiediet Enter, lai to atzīmētu</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="229"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation>Plāns saglabāts. Pirms turpināt, varat to mainīt un saglabāt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="252"/>
        <source>What do you do?</source>
        <translation>Ko jūs darīsiet?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="299"/>
        <source>Step out?</source>
        <translation>Iziet uz brīdi?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="302"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translation>Jūsu progress tiks saglabāts. Nākamreiz varēsiet turpināt tieši no vietas, kur apstājāties.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="20"/>
        <source>Open answers</source>
        <translation>Atvērt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="22"/>
        <source>Close answers</source>
        <translation>Slēgt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="24"/>
        <source>Reveal the answers</source>
        <translation>Parādīt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="26"/>
        <source>Go on</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="28"/>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="34"/>
        <source>Waiting to start</source>
        <translation>Gaida sākumu</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="36"/>
        <source>Scene on screen</source>
        <translation>Aina ekrānā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="38"/>
        <source>Answers open</source>
        <translation>Atbildes atvērtas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="40"/>
        <source>Answers closed</source>
        <translation>Atbildes slēgtas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="42"/>
        <source>Spread revealed: discuss</source>
        <translation>Sadalījums parādīts: pārrunājiet</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="44"/>
        <source>Scenario ended</source>
        <translation>Scenārijs beidzies</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="103"/>
        <source>Time in this step</source>
        <translation>Laiks šajā solī</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="107"/>
        <source>Joined: %1  ·  Answered: %2</source>
        <translation>Pievienojušies: %1  ·  Atbildējuši: %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="149"/>
        <source>Options (the key is for you: the room sees it only when revealed)</source>
        <translation>Atbilžu varianti (vērtējums paredzēts jums: grupa to redz tikai pēc atbilžu parādīšanas)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="180"/>
        <source>%1 votes</source>
        <translation>Balsis: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="191"/>
        <source>Hands for: %1</source>
        <translation>Paceltas rokas par: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="193"/>
        <source>Show of hands</source>
        <translation>Balsošana, paceļot rokas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="197"/>
        <source>Room&apos;s choice ✓</source>
        <translation>Grupas izvēle ✓</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="197"/>
        <source>Choose for the room</source>
        <translation>Izvēlēties grupas vārdā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="198"/>
        <source>Choose for the room: %1</source>
        <translation>Izvēlēties grupas vārdā: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="215"/>
        <source>Signs in this scene, and how many flagged them</source>
        <translation>Pazīmes šajā ainā un cik dalībnieku tās atzīmēja</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="224"/>
        <source>not a sign</source>
        <translation>nav pazīme</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="246"/>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="259"/>
        <source>Scenario to play</source>
        <translation>Scenārijs, ko sākt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="270"/>
        <source>Participants answer on phones (recorded)</source>
        <translation>Dalībnieki atbild tālruņos (atbildes tiek saglabātas)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="278"/>
        <source>Start (F5)</source>
        <translation>Sākt (F5)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="283"/>
        <source>Stop</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="288"/>
        <source>Timer off</source>
        <translation>Izslēgt taimeri</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="288"/>
        <source>60 s timer</source>
        <translation>60 s taimeris</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="293"/>
        <source>Joining</source>
        <translation>Pievienošanās</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="304"/>
        <source>The network the phones are on</source>
        <translation>Tīkls, kuram pieslēgti tālruņi</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="309"/>
        <source>Close joining</source>
        <translation>Slēgt pievienošanos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="309"/>
        <source>Open joining</source>
        <translation>Atvērt pievienošanos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="323"/>
        <source>Dropped messages: %1 malformed, %2 over the rate</source>
        <translation>Atmestie ziņojumi: nederīgi — %1, pārsniegts sūtīšanas biežums — %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="328"/>
        <source>Who is here (✓ answered this decision)</source>
        <translation>Klātesošie (✓ — atbildējis šajā lēmumā)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="362"/>
        <source>◀ Back (PageUp)</source>
        <translation>◀ Atpakaļ (PageUp)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="371"/>
        <source>The room goes on with the option marked blue.</source>
        <translation>Grupa turpina ar zilā krāsā iezīmēto variantu.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="371"/>
        <source>Nobody answered: choose for the room.</source>
        <translation>Neviens neatbildēja: izvēlieties grupas vārdā.</translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="15"/>
        <source>Immediately</source>
        <translation>Nekavējoties</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="18"/>
        <source>The same day</source>
        <translation>Tajā pašā dienā</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="21"/>
        <source>Within days</source>
        <translation>Dažu dienu laikā</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="24"/>
        <source>When the person is ready</source>
        <translation>Kad persona ir gatava</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="100"/>
        <source>Your plan, in order</source>
        <translation>Jūsu plāns pēc kārtas</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="126"/>
        <source>How urgent</source>
        <translation>Steidzamība</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="131"/>
        <source>Earlier</source>
        <translation>Pārcelt agrāk</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="137"/>
        <source>Later</source>
        <translation>Pārcelt vēlāk</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="151"/>
        <source>Save this plan</source>
        <translation>Saglabāt plānu</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="39"/>
        <source>Review results</source>
        <translation>Rezultātu pārskats</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="39"/>
        <source>Set the coordinator&apos;s password</source>
        <translation>Iestatiet koordinatora paroli</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translation>Pārskatā redzami visu dalībnieku rezultāti. Ievadiet koordinatora paroli.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>Nobody has set one on this laptop yet. Choose a password of at least 8 characters; trainees must not know it.</source>
        <translation>Šajā klēpjdatorā parole vēl nav iestatīta. Izvēlieties vismaz 8 rakstzīmju garu paroli; dalībnieki to nedrīkst zināt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="58"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="59"/>
        <source>Coordinator&apos;s password</source>
        <translation>Koordinatora parole</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="69"/>
        <source>The same again</source>
        <translation>Vēlreiz to pašu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="70"/>
        <source>Repeat the password</source>
        <translation>Atkārtojiet paroli</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="76"/>
        <source>Open the review</source>
        <translation>Atvērt pārskatu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="76"/>
        <source>Set the password and open</source>
        <translation>Iestatīt paroli un atvērt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="106"/>
        <source>All scenarios</source>
        <translation>Visi scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="109"/>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="121"/>
        <source>All roles</source>
        <translation>Visas lomas</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="124"/>
        <source>Participants&apos; role</source>
        <translation>Dalībnieku loma</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="137"/>
        <source>All seminars</source>
        <translation>Visi semināri</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="140"/>
        <source>Seminar</source>
        <translation>Seminārs</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="150"/>
        <source>All lecturers</source>
        <translation>Visi lektori</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="153"/>
        <source>Lecturer</source>
        <translation>Lektors</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="161"/>
        <source>from YYYY-MM-DD</source>
        <translation>no GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="163"/>
        <source>From date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="171"/>
        <source>to YYYY-MM-DD</source>
        <translation>līdz GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="173"/>
        <source>To date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>first attempt counts</source>
        <translation>vērtē pirmo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>best attempt counts</source>
        <translation>vērtē labāko mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>latest attempt counts</source>
        <translation>vērtē pēdējo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="183"/>
        <source>Which attempt counts</source>
        <translation>Kuru mēģinājumu vērtēt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="198"/>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="214"/>
        <source>Save CSV</source>
        <translation>Saglabāt CSV</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="215"/>
        <source>Save every table as CSV files</source>
        <translation>Saglabāt visas tabulas CSV failos</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="219"/>
        <source>Saved in %1</source>
        <translation>Faili saglabāti mapē %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="224"/>
        <source>Save PDF report</source>
        <translation>Saglabāt PDF atskaiti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="228"/>
        <location filename="../qml/ReviewScreen.qml" line="238"/>
        <source>Saved %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="233"/>
        <source>Save xAPI</source>
        <translation>Saglabāt xAPI</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="234"/>
        <source>Save the attempts as xAPI statements for a learning record store</source>
        <translation>Saglabāt mēģinājumus kā xAPI paziņojumus mācību ierakstu krātuvei</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="243"/>
        <source>Import results…</source>
        <translation>Importēt rezultātus…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="244"/>
        <source>Import a results bundle from another laptop</source>
        <translation>Importēt rezultātu paketi no cita datora</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="248"/>
        <source>Lock</source>
        <translation>Aizslēgt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="281"/>
        <source>Overview</source>
        <translation>Kopskats</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="284"/>
        <source>Indicators</source>
        <translation>Pazīmes</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="287"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="290"/>
        <source>Improvement</source>
        <translation>Izaugsme</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="293"/>
        <source>Directory</source>
        <translation>Iestādes</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="338"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation>Pabeigti mēģinājumi: %1, dalībnieki: %2, semināri: %3</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="343"/>
        <source>Scores (percent of the best possible)</source>
        <translation>Rezultāti (procentos no labākā iespējamā)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="313"/>
        <location filename="../qml/ReviewScreen.qml" line="387"/>
        <source>History of %1</source>
        <translation>%1 vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="320"/>
        <source>Back to all</source>
        <translation>Atpakaļ pie visiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="362"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translation>Dalībnieki: pabeigti mēģinājumi · vidēji · labākais</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="368"/>
        <source>Replace names by codes</source>
        <translation>Aizstāt vārdus ar kodiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="369"/>
        <source>Replace the names of this seminar&apos;s participants by their codes, for good</source>
        <translation>Neatgriezeniski aizstāt šī semināra dalībnieku vārdus ar viņu kodiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="386"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="394"/>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="395"/>
        <source>Erase %1 and all their results</source>
        <translation>Dzēst %1 un visus viņa rezultātus</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="404"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translation>Pa mēnešiem: semināri · dalībnieki · mēģinājumi · vidējais rezultāts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="424"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translation>Katras pazīmes atpazīšana, sākot ar vājāko rezultātu (atrasta / sastapta ceļā; kļūdaini norādīta)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="439"/>
        <source>wrongly named %1 %</source>
        <translation>kļūdaini norādīta %1 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="439"/>
        <source>too few to tell</source>
        <translation>par maz datu, lai spriestu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="449"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translation>Izvēlieties scenāriju, lai redzētu, kā darbojas tā lēmumi.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="449"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translation>V: vieglums (cik atbildēja pareizi) · DI: diskriminācijas indekss · DE: diskriminācijas efektivitāte; ja DE ir zem 15 %, lēmums neatšķir spēcīgākus dalībniekus no vājākiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translation>Mēģinājumi: %1 · V %2 % · DI %3 · DE %4</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>dubious</source>
        <translation>apšaubāms</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n kritiska kļūda ⚠</numerusform>
            <numerusform>%n kritiskas kļūdas ⚠</numerusform>
            <numerusform>%n kritisku kļūdu ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="505"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translation>Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="510"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translation>Pirmais mēģinājums %1 % → pēdējais %2 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="515"/>
        <source>Class gain %1 (%2) · mean of individual gains %3 (%4)</source>
        <translation>Grupas pieaugums %1 (%2) · vidējais individuālais pieaugums %3 (%4)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="521"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translation>Heika normalizētais pieaugums: (pēdējais − pirmais) / (100 − pirmais). Zem 0.3 — zems, 0.3–0.7 — vidējs, virs 0.7 — augsts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="539"/>
        <source>Check each contact with the institution, correct it, tick &quot;verified today&quot; and save. Debriefs show these contacts with the date.</source>
        <translation>Pārbaudiet katru kontaktu iestādē, izlabojiet to, atzīmējiet “pārbaudīts šodien” un saglabājiet. Atskatos šie kontakti redzami ar datumu.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="558"/>
        <source>verified %1</source>
        <translation>pārbaudīts %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="558"/>
        <source>not verified yet</source>
        <translation>vēl nav pārbaudīts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="568"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="569"/>
        <source>Phone of %1</source>
        <translation>%1 tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="575"/>
        <source>Free phone</source>
        <translation>Bezmaksas tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="576"/>
        <source>Free phone of %1</source>
        <translation>%1 bezmaksas tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="582"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="583"/>
        <source>E-mail of %1</source>
        <translation>%1 e-pasts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="589"/>
        <source>Website</source>
        <translation>Tīmekļvietne</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="590"/>
        <source>Website of %1</source>
        <translation>%1 tīmekļvietne</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="596"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="597"/>
        <source>Address of %1</source>
        <translation>%1 adrese</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="604"/>
        <source>Hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="605"/>
        <source>Hours of %1</source>
        <translation>%1 darba laiks</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="612"/>
        <source>verified today</source>
        <translation>pārbaudīts šodien</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="617"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="618"/>
        <source>Save the contacts of %1</source>
        <translation>Saglabāt %1 kontaktus</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="628"/>
        <source>Saved the contacts of %1</source>
        <translation>Saglabāti %1 kontakti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="643"/>
        <source>Import a results bundle</source>
        <translation>Importēt rezultātu paketi</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="644"/>
        <source>Results bundles (*.json)</source>
        <translation>Rezultātu paketes (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="656"/>
        <source>Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)</source>
        <translation>Importēts: %1 jauni, %2 jau bija, %3 konflikti (paturēti šeit esošie ieraksti)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="668"/>
        <source>Erase %1?</source>
        <translation>Dzēst %1?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="672"/>
        <source>Every attempt of this participant is deleted, also from the backups. This cannot be undone.</source>
        <translation>Visi šī dalībnieka mēģinājumi tiek dzēsti, arī no rezerves kopijām. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="683"/>
        <source>Replace names by codes?</source>
        <translation>Aizstāt vārdus ar kodiem?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="687"/>
        <source>The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.</source>
        <translation>Visu šī semināra dalībnieku vārdi tiek aizstāti ar viņu pseidonīmajiem kodiem gan šeit, gan rezerves kopijās. Rezultāti paliek. To nevar atsaukt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="694"/>
        <source>%n name(s) replaced by codes</source>
        <translation>
            <numerusform>%n vārds aizstāts ar kodu</numerusform>
            <numerusform>%n vārdi aizstāti ar kodiem</numerusform>
            <numerusform>%n vārdu aizstāts ar kodiem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeminarScreen</name>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="107"/>
        <source>Joined %1 · answered %2</source>
        <translation>Pievienojušies %1 · atbildējuši %2</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="113"/>
        <source>Hide console (C)</source>
        <translation>Paslēpt konsoli (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="113"/>
        <source>Console (C)</source>
        <translation>Konsole (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="116"/>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="119"/>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="122"/>
        <source>Leave</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="153"/>
        <source>Saskati — audience</source>
        <translation>Saskati — auditorijai</translation>
    </message>
</context>
<context>
    <name>SeminarSetupScreen</name>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="15"/>
        <source>Mixed audience</source>
        <translation>Jaukta auditorija</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="52"/>
        <source>New seminar</source>
        <translation>Jauns seminārs</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="58"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="67"/>
        <source>e.g. Liepāja, social workers</source>
        <translation>piem., Liepāja, sociālie darbinieki</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="68"/>
        <source>Seminar title</source>
        <translation>Semināra nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="72"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="80"/>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="84"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="93"/>
        <source>Audience</source>
        <translation>Auditorija</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="97"/>
        <source>Scenarios for this seminar (Space to choose)</source>
        <translation>Šī semināra scenāriji (izvēle ar atstarpes taustiņu)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="111"/>
        <source>Scenarios for this seminar</source>
        <translation>Šī semināra scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="127"/>
        <source>Open the seminar</source>
        <translation>Atvērt semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="149"/>
        <source>Reopen a seminar</source>
        <translation>Atvērt iepriekšēju semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="156"/>
        <source>No seminars yet.</source>
        <translation>Vēl nav neviena semināra.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="171"/>
        <source>Reopen %1</source>
        <translation>Atvērt vēlreiz semināru “%1”</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="203"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>SeminarSummary</name>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="17"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="24"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation>Grupas ceļa rezultāts: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="29"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="40"/>
        <source>%n critical error(s)</source>
        <translation>
            <numerusform>%n kritiska kļūda</numerusform>
            <numerusform>%n kritiskas kļūdas</numerusform>
            <numerusform>%n kritisku kļūdu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="46"/>
        <source>Signs: how many participants flagged each (fewest first)</source>
        <translation>Pazīmes: cik dalībnieku atzīmēja katru no tām (sākot ar retāk atzīmētajām)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="64"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="75"/>
        <source>%n vote(s) for a critical error</source>
        <translation>
            <numerusform>%n balss par kritisku kļūdu</numerusform>
            <numerusform>%n balsis par kritisku kļūdu</numerusform>
            <numerusform>%n balsu par kritisku kļūdu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="25"/>
        <source>Who is practising?</source>
        <translation>Kas trenējas?</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="48"/>
        <source>Nobody has practised on this computer yet.</source>
        <translation>Šajā datorā vēl neviens nav trenējies.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="62"/>
        <source>New participant</source>
        <translation>Jauns dalībnieks</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="68"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translation>Pietiek ar vārdu vai pseidonīmu. Rezultāti paliek šajā datorā, ja vien tos neeksportē.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="78"/>
        <location filename="../qml/SignInScreen.qml" line="79"/>
        <source>Name or pseudonym</source>
        <translation>Vārds vai pseidonīms</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <source>Your work</source>
        <translation>Jūsu nodarbošanās</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="98"/>
        <source>Start</source>
        <translation>Sākt</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="23"/>
        <source>Recognise. Ask well. Refer.</source>
        <translation>Pamani. Jautā prasmīgi. Nosūti pie speciālista.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="31"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translation>Mācību simulators saskarsmei ar personām, kuras var būt cilvēku tirdzniecības upuri.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="54"/>
        <source>Practise a scenario</source>
        <translation>Trenēties ar scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="62"/>
        <source>Run a seminar</source>
        <translation>Vadīt semināru</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="70"/>
        <source>Review results</source>
        <translation>Pārskatīt rezultātus</translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="43"/>
        <source>Sign in and choose a scenario first.</source>
        <translation>Vispirms piesakieties un izvēlieties scenāriju.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="90"/>
        <source>No scenario is being played.</source>
        <translation>Pašlaik nav atvērts neviens scenārijs.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="314"/>
        <source>free %1</source>
        <translation>bezmaksas %1</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="320"/>
        <source>not verified yet</source>
        <translation>vēl nav pārbaudīts</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="321"/>
        <source>verified %1</source>
        <translation>pārbaudīts %1</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="378"/>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="416"/>
        <source>In the picture</source>
        <translation>Attēlā</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="448"/>
        <source>Stopped before the end</source>
        <translation>Pārtraukts pirms beigām</translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="46"/>
        <location filename="../src/reviewcontroller.cpp" line="397"/>
        <source>The results database is not open.</source>
        <translation>Rezultātu datubāze nav atvērta.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="50"/>
        <source>The two passwords differ.</source>
        <translation>Abas paroles nesakrīt.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="53"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Izvēlieties vismaz %1 rakstzīmju garu paroli.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="57"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translation>Tā nav koordinatora parole.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="83"/>
        <source>Referral plan</source>
        <translation>Nosūtīšanas plāns</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="127"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translation>Norādiet datumus formātā GGGG-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="179"/>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="180"/>
        <source>abandoned</source>
        <translation>pārtraukts</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="181"/>
        <source>not finished</source>
        <translation>nav pabeigts</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="267"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="269"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="271"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="313"/>
        <source>Could not write %1.</source>
        <translation>Neizdevās ierakstīt %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="324"/>
        <source>The review is locked.</source>
        <translation>Pārskats ir slēgts.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="328"/>
        <source>Could not read %1.</source>
        <translation>Neizdevās nolasīt %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="333"/>
        <source>%1 is not a results bundle: %2</source>
        <translation>%1 nav rezultātu pakete: %2</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="409"/>
        <source>all scenarios</source>
        <translation>visi scenāriji</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="409"/>
        <source>scenario %1</source>
        <translation>scenārijs %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="410"/>
        <source>all roles</source>
        <translation>visas lomas</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="410"/>
        <source>role %1</source>
        <translation>loma %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="414"/>
        <source>seminar %1</source>
        <translation>seminārs %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="416"/>
        <source>lecturer %1</source>
        <translation>lektors %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="419"/>
        <source>dates %1 to %2</source>
        <translation>datumi no %1 līdz %2</translation>
    </message>
    <message>
        <source>%1 attempt counts</source>
        <translation type="vanished">vērtētais mēģinājums: %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="420"/>
        <source>the best attempt counts</source>
        <translation>vērtē labāko mēģinājumu</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="421"/>
        <source>the latest attempt counts</source>
        <translation>vērtē pēdējo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="422"/>
        <source>the first attempt counts</source>
        <translation>vērtē pirmo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="429"/>
        <location filename="../src/reviewcontroller.cpp" line="490"/>
        <source>Open the review first.</source>
        <translation>Vispirms atveriet pārskatu.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="434"/>
        <source>Cannot create the folder %1.</source>
        <translation>Neizdevās izveidot mapi %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="481"/>
        <source>Cannot write the CSV files into %1.</source>
        <translation>Neizdevās saglabāt CSV failus mapē %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="501"/>
        <location filename="../src/reviewcontroller.cpp" line="595"/>
        <source>Saskati — review of results</source>
        <translation>Saskati — rezultātu pārskats</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="502"/>
        <source>Made %1</source>
        <translation>Izveidots: %1</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="503"/>
        <source>Overview</source>
        <translation>Kopskats</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="504"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation>Pabeigti mēģinājumi: %1, dalībnieki: %2, semināri: %3</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="527"/>
        <source>Who took part</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="527"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Completed</source>
        <translation>Pabeigti</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Mean</source>
        <translation>Vidēji</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Best</source>
        <translation>Labākais</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="539"/>
        <source>History of %1</source>
        <translation>%1 vēsture</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Indicators</source>
        <translation>Pazīmes</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Sign</source>
        <translation>Pazīme</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Found</source>
        <translation>Atrasta</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="552"/>
        <source>Wrongly named</source>
        <translation>Kļūdaini norādīta</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="560"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation>sastapta mazāk nekā 10 reizes: par maz datu, lai spriestu</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="563"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="564"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="573"/>
        <source>dubious</source>
        <translation>apšaubāms</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reviewcontroller.cpp" line="575"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n kritiska kļūda ⚠</numerusform>
            <numerusform>%n kritiskas kļūdas ⚠</numerusform>
            <numerusform>%n kritisku kļūdu ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="583"/>
        <source>Improvement</source>
        <translation>Izaugsme</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="584"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain %4 (%5); mean of individual gains %6 (%7).</source>
        <translation>Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1. Pirmais mēģinājums %2 % → pēdējais %3 %. Grupas pieaugums %4 (%5); vidējais individuālais pieaugums %6 (%7).</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="601"/>
        <source>Cannot write the report %1.</source>
        <translation>Neizdevās saglabāt atskaiti %1.</translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="199"/>
        <source>Decision %1 of at most %2</source>
        <translation>%1. lēmums (kopā ne vairāk kā %2)</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="320"/>
        <source>Stopped before the end</source>
        <translation>Pārtraukts pirms beigām</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="430"/>
        <location filename="../src/seminarcontroller.cpp" line="450"/>
        <source>The results database is not open.</source>
        <translation>Rezultātu datubāze nav atvērta.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="432"/>
        <source>Give the seminar a title.</source>
        <translation>Norādiet semināra nosaukumu.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="454"/>
        <source>That seminar is no longer in the database.</source>
        <translation>Šis seminārs datubāzē vairs nav atrodams.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="481"/>
        <location filename="../src/seminarcontroller.cpp" line="515"/>
        <location filename="../src/seminarcontroller.cpp" line="532"/>
        <location filename="../src/seminarcontroller.cpp" line="542"/>
        <location filename="../src/seminarcontroller.cpp" line="552"/>
        <source>Open a seminar first.</source>
        <translation>Vispirms atveriet semināru.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="483"/>
        <source>Choose the network the phones are on.</source>
        <translation>Izvēlieties tīklu, kuram pieslēgti tālruņi.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="518"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translation>Scenārijs “%1” nav atrasts.</translation>
    </message>
</context>
</TS>
