<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
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
        <location filename="../qml/DebriefScreen.qml" line="311"/>
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
        <location filename="../qml/Main.qml" line="49"/>
        <source>Saskati — recognise and refer</source>
        <translation>Saskati — pamani un palīdzi</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="72"/>
        <source>Signed in: %1</source>
        <translation>Dalībnieks: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="78"/>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Switch the interface language</source>
        <translation>Pārslēgt saskarnes valodu</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Voices: auto</source>
        <translation>Balsis: automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Voices: on request</source>
        <translation>Balsis: pēc pieprasījuma</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="92"/>
        <source>Play the voices of a scene by themselves</source>
        <translation>Atskaņot ainas balsis automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="97"/>
        <source>Smaller text</source>
        <translation>Mazāks teksts</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Larger text</source>
        <translation>Lielāks teksts</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="115"/>
        <source>Run a seminar</source>
        <translation>Vadīt semināru</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="118"/>
        <source>Review results</source>
        <translation>Pārskatīt rezultātus</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="171"/>
        <source>This part of Saskati is being built. Practice works today.</source>
        <translation>Šī Saskati daļa vēl tiek veidota. Trenēties var jau tagad.</translation>
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
        <location filename="../qml/ReferralComposer.qml" line="125"/>
        <source>How urgent</source>
        <translation>Steidzamība</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="130"/>
        <source>Earlier</source>
        <translation>Pārcelt agrāk</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="136"/>
        <source>Later</source>
        <translation>Pārcelt vēlāk</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="150"/>
        <source>Save this plan</source>
        <translation>Saglabāt plānu</translation>
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
        <location filename="../src/playsession.cpp" line="42"/>
        <source>Sign in and choose a scenario first.</source>
        <translation>Vispirms piesakieties un izvēlieties scenāriju.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="89"/>
        <source>No scenario is being played.</source>
        <translation>Pašlaik nav atvērts neviens scenārijs.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="421"/>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="453"/>
        <source>In the picture</source>
        <translation>Attēlā</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="485"/>
        <source>Stopped before the end</source>
        <translation>Pārtraukts pirms beigām</translation>
    </message>
</context>
</TS>
