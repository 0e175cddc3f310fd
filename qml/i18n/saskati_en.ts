<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="34"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="47"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust — the children&apos;s and youth trust line 116111 or Centre MARTA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="58"/>
        <source>I am ready — start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="64"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="23"/>
        <source>Recognising signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="25"/>
        <source>Conducting the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="27"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="29"/>
        <location filename="../qml/DebriefScreen.qml" line="56"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="36"/>
        <source>Missed sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="38"/>
        <source>Not a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="40"/>
        <source>Another indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="42"/>
        <source>A better choice existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="44"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="46"/>
        <source>Missing from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="48"/>
        <source>Should not be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="50"/>
        <source>Too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="52"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="54"/>
        <source>No referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="97"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="105"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="116"/>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="121"/>
        <source>Back to scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="175"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="181"/>
        <source>What to learn from this attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="228"/>
        <source>The conversation again, with the signs marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="235"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Noticed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Missed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Not a sign: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="292"/>
        <source>The referral path this case calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="311"/>
        <source>Your earlier attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>▶ Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Stop the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Listen to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="69"/>
        <source>Flagged: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="70"/>
        <source>Press Enter to flag this as a sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="44"/>
        <source>Something is wrong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="52"/>
        <source>Remove the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="63"/>
        <source>…or find the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="64"/>
        <source>Find an indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="15"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="18"/>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="26"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="32"/>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="30"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="40"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="43"/>
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>No trafficking (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="47"/>
        <source>Filter by form of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="56"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="60"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="64"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="81"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="89"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="170"/>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Not played yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Your best: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="186"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="187"/>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="49"/>
        <source>Saskati — recognise and refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="72"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="78"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Switch the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Voices: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Voices: on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="92"/>
        <source>Play the voices of a scene by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="97"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="115"/>
        <source>Run a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="118"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="171"/>
        <source>This part of Saskati is being built. Practice works today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="17"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="24"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="57"/>
        <source>Remove this flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="103"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="110"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="115"/>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="116"/>
        <source>Pause and leave; your progress is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="156"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="229"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="252"/>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="299"/>
        <source>Step out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="302"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="15"/>
        <source>Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="18"/>
        <source>The same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="21"/>
        <source>Within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="24"/>
        <source>When the person is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="100"/>
        <source>Your plan, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="125"/>
        <source>How urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="130"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="136"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="150"/>
        <source>Save this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="25"/>
        <source>Who is practising?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="48"/>
        <source>Nobody has practised on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="62"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="68"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="78"/>
        <location filename="../qml/SignInScreen.qml" line="79"/>
        <source>Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="98"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="23"/>
        <source>Recognise. Ask well. Refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="31"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="54"/>
        <source>Practise a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="62"/>
        <source>Run a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="70"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="42"/>
        <source>Sign in and choose a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="89"/>
        <source>No scenario is being played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="421"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="453"/>
        <source>In the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="485"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
