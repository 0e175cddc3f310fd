<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AudienceCheckView</name>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="29"/>
        <source>What the room learnt</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чему научилась группа</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>After the seminar: the same questions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>После семинара: те же вопросы</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>Before we start: a few questions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Перед началом: несколько вопросов</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Answer on your phone. %1 of %2 have answered every question.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отвечайте на телефоне. На все вопросы ответили %1 из %2.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Thank you: %1 answered. The same questions come again at the end.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Спасибо! Ответили: %1. В конце будут те же вопросы.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="84"/>
        <source>Right answers before</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Правильные ответы до семинара</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="90"/>
        <location filename="../qml/AudienceCheckView.qml" line="102"/>
        <source>%1 %</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="96"/>
        <source>Right answers after</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Правильные ответы после семинара</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Nobody answered both rounds: there is nothing to compare.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Никто не ответил в обоих раундах: сравнивать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Everyone was right before already (%n answered both rounds).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Все и до этого отвечали правильно (в обоих раундах ответил %n участник).</numerusform>
            <numerusform>Все и до этого отвечали правильно (в обоих раундах ответили %n участника).</numerusform>
            <numerusform>Все и до этого отвечали правильно (в обоих раундах ответили %n участников).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Из того, что можно было усвоить, группа усвоила %1 % (нормализованный прирост; в обоих раундах ответил %n участник).</numerusform>
            <numerusform>Из того, что можно было усвоить, группа усвоила %1 % (нормализованный прирост; в обоих раундах ответили %n участника).</numerusform>
            <numerusform>Из того, что можно было усвоить, группа усвоила %1 % (нормализованный прирост; в обоих раундах ответили %n участников).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="147"/>
        <source>Before you go</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Перед отъездом</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="177"/>
        <source>Who can help</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто может помочь</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="220"/>
        <source>* Not yet confirmed with the institution: if it does not answer, call 112.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>* Ещё не подтверждено учреждением: если там не отвечают, звоните 112.</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../qml/AudienceView.qml" line="185"/>
        <source>%1 · %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>What do you notice? What do you do? Answer on your phone.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что вы замечаете? Что вы сделаете? Отвечайте на телефоне.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>Answers are closed.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Приём ответов закрыт.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>The room answered:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Группа ответила:</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="243"/>
        <source>%1 of %2 have answered</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ответили %1 из %2</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: a recommended question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1: рекомендуемый вопрос</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: not a recommended question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1: нерекомендуемый вопрос</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Критическая ошибка</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Best practice</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Лучшая практика</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="349"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результат пути группы: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="448"/>
        <source>Joining is not open yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключение ещё не открыто.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or C for the presenter console and “Open joining”.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чтобы открыть его, нажмите J или откройте пульт ведущего (C) и выберите «Открыть подключение».</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or “Open joining” on the presenter console.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чтобы открыть его, нажмите J или выберите «Открыть подключение» на пульте ведущего.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="473"/>
        <source>QR code to join</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>QR-код для подключения</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="481"/>
        <source>Join on your phone: scan the code, or open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключитесь с телефона: отсканируйте код или откройте</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="498"/>
        <source>PIN %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>PIN %1</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="508"/>
        <source>Switch off mobile data, stay on this Wi-Fi.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отключите мобильный интернет и оставайтесь в этой сети Wi-Fi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceView.qml" line="516"/>
        <source>%n joined</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Подключился %n участник</numerusform>
            <numerusform>Подключились %n участника</numerusform>
            <numerusform>Подключились %n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorScreen</name>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="97"/>
        <source>Your scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваши сценарии</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="103"/>
        <source>Scenarios written or corrected by your team. They appear in the library beside the shipped ones, marked as edited, once they have no errors. The shipped scenarios stay as they are: to correct one, make an editable copy.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарии, написанные или исправленные вашей командой. Когда в них нет ошибок, они появляются в библиотеке рядом со встроенными, с пометкой «изменён». Встроенные сценарии остаются как есть: чтобы исправить такой сценарий, создайте его редактируемую копию.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="110"/>
        <source>Kept in: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Место хранения: %1</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="124"/>
        <location filename="../qml/AuthorScreen.qml" line="125"/>
        <source>Title of a new scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название нового сценария</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="133"/>
        <source>New scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="144"/>
        <source>Import a scenario…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импортировать сценарий…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="145"/>
        <source>A ZIP exported on another laptop, a scenario file, or a Twine story</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ZIP, экспортированный на другом ноутбуке, файл сценария или история Twine</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="150"/>
        <source>Import a folder…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импортировать папку…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="151"/>
        <source>Every scenario file in a folder, with the media they use</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все файлы сценариев из папки вместе с используемыми в них медиафайлами</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="164"/>
        <source>Opening the scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открытие сценария</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="168"/>
        <source>Opening the scenario…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открытие сценария…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="194"/>
        <source>None yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>In the library</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В библиотеке</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>Draft: not playable yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Черновик: пока не готов к запуску</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="226"/>
        <source>Open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="231"/>
        <source>Export…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="232"/>
        <source>Save it with its pictures as one ZIP for another laptop</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить вместе с изображениями в один ZIP-файл для другого ноутбука</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="240"/>
        <source>Rename…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="249"/>
        <source>Delete</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="260"/>
        <source>Shipped scenarios (read-only)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Встроенные сценарии (только чтение)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="280"/>
        <source>Make an editable copy</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Создать редактируемую копию</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Checking…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Draft: %n error(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Черновик: %n ошибка</numerusform>
            <numerusform>Черновик: %n ошибки</numerusform>
            <numerusform>Черновик: %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Ready to play</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Готов к запуску</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="317"/>
        <source>Undo</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="331"/>
        <source>Redo</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Save</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Saved</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="354"/>
        <source>Close</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="411"/>
        <source>Scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="418"/>
        <source>Scenario, endings, referral key</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий, концовки, ключ направления</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="425"/>
        <source>Add a scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить сцену</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="432"/>
        <source>Interview scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена интервью</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="437"/>
        <source>Conversation scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена беседы</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="442"/>
        <source>Referral scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена направления</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="447"/>
        <source>Assessment scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена оценки</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>No problems found.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n error(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n warning(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="550"/>
        <source>Unsaved changes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="555"/>
        <source>This scenario has changes that are not saved. A scenario with errors is saved as a draft.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В этом сценарии есть несохранённые изменения. Сценарий с ошибками сохраняется как черновик.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="572"/>
        <source>Import a scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импорт сценария</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Scenarios (*.zip *.json)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарии (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Twine stories (*.twee *.tw *.html)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Истории Twine (*.twee *.tw *.html)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="580"/>
        <source>Import the scenarios of a folder</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импорт сценариев из папки</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="587"/>
        <source>Export the scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Экспорт сценария</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="590"/>
        <source>ZIP archives (*.zip)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ZIP-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="602"/>
        <source>Rename the scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переименование сценария</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="613"/>
        <source>New title</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новое название</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="618"/>
        <source>The title in this language, and the scenario&apos;s id and file name made from it. Results already recorded stay under the old id.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название на этом языке, а также созданные из него идентификатор и имя файла сценария. Уже записанные результаты остаются под старым идентификатором.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="633"/>
        <source>Remove the language %1?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить язык %1?</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="638"/>
        <source>Every text&apos;s %1 translation and every line&apos;s %1 recording are taken out of the scenario (the recordings&apos; files stay in its folder). Undo brings them back.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Из сценария удаляются переводы всех текстов и записи всех реплик на языке «%1» (файлы записей остаются в его папке). Команда «Отменить» возвращает их.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="652"/>
        <source>Delete this scenario?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить этот сценарий?</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="655"/>
        <source>The file is deleted; results of attempts already played stay.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Файл удаляется; результаты уже пройденных попыток сохраняются.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="678"/>
        <source>Preview from %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предпросмотр со сцены %1</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Start the variables at:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начальные значения переменных:</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Nothing is recorded: a preview is no one&apos;s result.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ничего не записывается: предпросмотр не является чьим-либо результатом.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Move %1: what the trainee says or does</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ход %1: что участник обучения говорит или делает</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Choice %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вариант %1</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="52"/>
        <source>Kind of question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тип вопроса</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="62"/>
        <source>%1 (not recommended)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 (не рекомендуется)</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="66"/>
        <source>Kind of question of move %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тип вопроса хода %1</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="77"/>
        <source>Leads to</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ведёт к</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="87"/>
        <source>Where choice %1 leads</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Куда ведёт вариант %1</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="94"/>
        <source>Points</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="105"/>
        <source>Points of choice %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Баллы за вариант %1</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="110"/>
        <source>Critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Критическая ошибка</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="116"/>
        <source>Remove</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="124"/>
        <source>Feedback</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="132"/>
        <source>Principle broken</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нарушенный принцип</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="150"/>
        <source>Why it is a critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Почему это критическая ошибка</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="158"/>
        <source>Principles it follows or breaks:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Принципы, которые он соблюдает или нарушает:</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="169"/>
        <source>Offered only when</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предлагается, только если</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="179"/>
        <source>The answer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="197"/>
        <source>Add an answer line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить реплику ответа</translation>
    </message>
</context>
<context>
    <name>ConditionList</name>
    <message>
        <location filename="../qml/ConditionList.qml" line="13"/>
        <source>Only when</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Только если</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="26"/>
        <source>%1: always</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1: всегда</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="33"/>
        <source>Add a condition</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="42"/>
        <source>(declare a variable on the scenario page first)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>(сначала объявите переменную на странице сценария)</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="60"/>
        <source>Variable of condition %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переменная условия %1</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="69"/>
        <source>Comparison of condition %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сравнение в условии %1</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="80"/>
        <source>Number of condition %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Число в условии %1</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="84"/>
        <source>Remove</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="86"/>
        <source>Remove condition %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить условие %1</translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="36"/>
        <source>Before you start</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="51"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вы можете прерваться в любой момент кнопкой «Выйти на время»; ваш прогресс сохранится. Если история касается вашей собственной жизни, поговорите с тем, кому доверяете.</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="62"/>
        <source>I am ready — start</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Я готов(а) — начать</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="68"/>
        <source>Not now</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed trap</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пропущенная ловушка</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пропущенный признак</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a trap</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не ловушка</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не признак</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="32"/>
        <source>Another indicator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Другой индикатор</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="34"/>
        <source>A better choice existed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Был вариант лучше</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>The riskiest step</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Самый опасный шаг</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>Critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Критическая ошибка</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="38"/>
        <source>Missing from the plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не хватает в плане</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="40"/>
        <source>Should not be in the plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не должно быть в плане</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="42"/>
        <source>Too late</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Слишком поздно</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="44"/>
        <source>Order</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="46"/>
        <source>No referral plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нет плана направления</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="48"/>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Assessment</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Оценка ситуации</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="50"/>
        <source>No vote</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нет голосов</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="52"/>
        <source>What the person would have told you</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что человек рассказал бы вам</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="54"/>
        <source>A wrong detail your question planted</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ложная деталь, внушённая вашим вопросом</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="62"/>
        <source>You saw each question&apos;s type as you asked it (practice).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тип каждого вопроса вы видели сразу, задавая его (тренировка).</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="64"/>
        <source>You saw the questions&apos; types only now (assessment).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Типы вопросов вы видите только сейчас (проверка).</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="66"/>
        <source>Feedback after each question was switched during this attempt.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь после каждого вопроса в этой попытке включалась или выключалась.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="95"/>
        <source>free %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>бесплатный %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="101"/>
        <source>not verified yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="102"/>
        <source>verified %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>проверено %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="124"/>
        <source>Stopped before the end</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прервано до окончания</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Traps spotted</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Замеченные ловушки</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Recognising signs</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Распознавание признаков</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Safe steps</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Безопасные шаги</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Conducting the conversation</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ведение беседы</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Who can help</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто может помочь</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Referral</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Is it a trap?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это ловушка?</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="172"/>
        <source>It would have come after: “%1”</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это прозвучало бы после: «%1»</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="177"/>
        <source>Your question produced it: “%1”</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это появилось из-за вашего вопроса: «%1»</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="178"/>
        <source>In fact: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На самом деле: %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="194"/>
        <source>You did not act on it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вы на это не опирались.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="199"/>
        <source>you chose “%1”</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>вы выбрали «%1»</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="201"/>
        <source>you flagged “%1” as a sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>вы отметили «%1» как признак</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="203"/>
        <source>your plan names %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>в вашем плане указано: %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="207"/>
        <source>you answered “%1”</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>вы ответили «%1»</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="210"/>
        <source>Resting on it, %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Опираясь на это, %1.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="230"/>
        <source> or </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="273"/>
        <source>In the picture</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На изображении</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="289"/>
        <source>You</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="294"/>
        <source>unreliable: a leading question produced it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ненадёжно: вызвано наводящим вопросом</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="65"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 из %2 баллов на выбранном вами пути · %3 % от лучшего возможного результата в этом сценарии</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>One step put you most at risk, so the result is capped. It can happen to anyone: look below at what to do next time.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Один шаг подверг тебя наибольшему риску, поэтому результат ограничен. Такое может случиться с каждым: ниже посмотри, что делать в следующий раз.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Критическая ошибка ограничивает результат, как бы хорошо ни прошло всё остальное.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="91"/>
        <source>Play again</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пройти ещё раз</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back to scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Назад к сценариям</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Traps: %1 found, %2 missed, %3 flagged that were not traps</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ловушки: найдено — %1, пропущено — %2, отмечено, но не ловушки — %3</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Признаки: найдено — %1, пропущено — %2, отмечено, но не признаки — %3</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="174"/>
        <source>Your questions: %1 of %2 of a recommended kind</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваши вопросы: %1 из %2 — рекомендуемого типа</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="195"/>
        <source>%1 — %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Recommended: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Рекомендуется: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Not recommended: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не рекомендуется: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="207"/>
        <source>What to learn from this attempt</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чему учит эта попытка</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The messages again, with the traps marked</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сообщения ещё раз, с отмеченными ловушками</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The conversation again, with the signs marked</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Беседа ещё раз, с отмеченными признаками</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a trap you noticed. Orange: a trap you missed. Red: flagged, but not a trap.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Зелёный: замеченная ловушка. Оранжевый: пропущенная ловушка. Красный: отмечено, но не ловушка.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Зелёный: замеченный признак. Оранжевый: пропущенный признак. Красный: отмечено, но не признак.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Noticed: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Замечено: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Missed: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пропущено: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Not a sign: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не признак: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>Who could help</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто мог бы помочь</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>The referral path this case calls for</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Путь перенаправления, нужный в этом случае</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="395"/>
        <source>Your earlier attempts: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваши предыдущие попытки: %1</translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="76"/>
        <source>%1 · %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>■ Stop</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>▶ Listen</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>▶ Слушать</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Stop the voice</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Остановить воспроизведение</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Listen to %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Слушать: %1</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="117"/>
        <source>Flagged: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отмечено: </translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="118"/>
        <source>Press Enter to flag this as a sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нажмите Enter, чтобы отметить это как признак</translation>
    </message>
</context>
<context>
    <name>EffectList</name>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Затем</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then: no variable changes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Затем: переменные не меняются</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="31"/>
        <source>Add a change</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить изменение</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="51"/>
        <source>Variable of change %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переменная изменения %1</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>changes by</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>изменяется на</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>becomes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>становится</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="60"/>
        <source>How change %1 works</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Как работает изменение %1</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="71"/>
        <source>Number of change %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Число в изменении %1</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="75"/>
        <source>Remove</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="77"/>
        <source>Remove change %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить изменение %1</translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="65"/>
        <source>Something is wrong here</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Здесь что-то не так</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="73"/>
        <source>Remove the flag</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="84"/>
        <source>…or find the indicator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>…или найдите индикатор</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="85"/>
        <source>Find an indicator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найти индикатор</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="123"/>
        <source>No indicator matches “%1”. Flag it as “Something is wrong here”, or try another word.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Запросу «%1» не соответствует ни один индикатор. Отметьте это как «Здесь что-то не так» или попробуйте другое слово.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>completed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="19"/>
        <source>stopped</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="20"/>
        <source>not finished</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не завершено</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="48"/>
        <source>My history</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Моя история</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="54"/>
        <source>No attempts yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попыток пока нет.</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="102"/>
        <source>Debrief</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="103"/>
        <source>Open the debrief of %1 from %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть разбор «%1» от %2</translation>
    </message>
</context>
<context>
    <name>IdListField</name>
    <message>
        <location filename="../qml/IdListField.qml" line="42"/>
        <source>Remove %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="55"/>
        <source>Add…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="56"/>
        <source>Add to %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить: %1</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguages</name>
    <message>
        <location filename="../src/interfacelanguages.cpp" line="21"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language, written in that language: Latviešu, Русский</comment>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="41"/>
        <source>Scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="51"/>
        <source>All forms</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все формы</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="54"/>
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>No trafficking (control)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Без торговли людьми (контроль)</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="58"/>
        <source>Filter by form of trafficking</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Фильтр по форме торговли людьми</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="67"/>
        <source>All audiences</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все аудитории</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="71"/>
        <source>Filter by audience</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Фильтр по аудитории</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="75"/>
        <source>My history</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Моя история</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="92"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вы не закончили «%1». Продолжить с того места, где остановились?</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="100"/>
        <source>Continue</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="181"/>
        <source>Edited by your team</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изменён вашей командой</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="192"/>
        <source>Not in %1 yet: its texts show in another language</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пока нет на языке «%1»: тексты будут показаны на другом языке</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>%n min</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="217"/>
        <source>For: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для кого: %1</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Not played yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ещё не пройден</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Your best: %1 %</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваш лучший результат: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="235"/>
        <source>Play</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="236"/>
        <source>Play %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начать «%1»</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="133"/>
        <source>Recognise and refer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Распознать и направить</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <source>Not saved</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не сохраняется</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="165"/>
        <source>Results are not saved in this window</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В этом окне результаты не сохраняются</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>Signed in: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="177"/>
        <source>Home</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="186"/>
        <source>Interface language: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Язык интерфейса: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: auto</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Голоса: авто</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: on request</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Голоса: по запросу</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="213"/>
        <source>Play the voices of a scene by themselves</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Воспроизводить голоса сцены автоматически</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="218"/>
        <source>Smaller text</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="223"/>
        <source>Larger text</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Увеличить текст</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="19"/>
        <source>Notebook (%1)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Блокнот (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="27"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пока ничего не отмечено. Выберите фразу или часть изображения, которые вас настораживают.</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="61"/>
        <source>Remove this flag</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Снять эту отметку</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="19"/>
        <source>The coordinator&apos;s password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="38"/>
        <source>At least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не менее 8 символов. Участники обучения не должны его знать; храните его там же, где команда хранит другие пароли.</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="48"/>
        <source>Password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="49"/>
        <source>Coordinator&apos;s password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="58"/>
        <source>The same again</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="59"/>
        <source>Repeat the password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="74"/>
        <source>Set the password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Установить пароль</translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <location filename="../qml/PictureEditor.qml" line="37"/>
        <source>Picture</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Replace the picture…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Заменить изображение…</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Choose a picture…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="59"/>
        <source>Drag on the picture to draw a region the trainee can flag.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проведите по изображению, чтобы обозначить область, которую участник обучения может отметить.</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="74"/>
        <source>The scene&apos;s picture</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изображение сцены</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="150"/>
        <location filename="../qml/PictureEditor.qml" line="226"/>
        <source>Region %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Область %1</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="151"/>
        <source>Arrows move it, Shift+arrows resize it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Стрелки перемещают её, Shift+стрелки меняют размер</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="215"/>
        <source>What the picture shows (read aloud to those who cannot see it)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что показано на изображении (зачитывается тем, кто его не видит)</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="237"/>
        <source>Remove the region</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить область</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="247"/>
        <source>Choose a picture for the scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите изображение для сцены</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="249"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изображения (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PlantedDetailList</name>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="21"/>
        <source>Planted details (a leading question can plant a wrong detail the trainee then acts on; the debrief traces it back)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Внушённые детали (наводящий вопрос может внушить ложную деталь, на основе которой участник обучения затем действует; разбор прослеживает её до вопроса)</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="49"/>
        <source>Planted detail %1, named</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Внушённая деталь %1, название</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="59"/>
        <source>Name of planted detail %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название внушённой детали %1</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="62"/>
        <source>Remove</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="64"/>
        <source>Remove planted detail %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить внушённую деталь %1</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="71"/>
        <source>What the answer seems to establish</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что ответ, казалось бы, подтверждает</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="77"/>
        <source>What is in fact the case</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Как на самом деле</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="85"/>
        <source>Add a planted detail</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить внушённую деталь</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="137"/>
        <source>Step %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="144"/>
        <source>Notebook (%1)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Блокнот (%1)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="149"/>
        <source>Step out</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выйти на время</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="150"/>
        <source>Pause and leave; your progress is kept</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прерваться и выйти; ваш прогресс сохранится</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Preview, not recorded. Points so far: signs %1 · conduct %2 · referral %3 · assessment %4 · total %5</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предпросмотр, не записывается. Баллы на данный момент: признаки %1 · беседа %2 · направление %3 · оценка %4 · всего %5</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Variables: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переменные: %1</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="216"/>
        <source>Flagged: </source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отмечено: </translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="217"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Часть изображения; нажмите Enter, чтобы отметить её</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: after each question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь: после каждого вопроса</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: at the end</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь: в конце</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="254"/>
        <source>Feedback after each question (practice) or only at the end (assessment)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь после каждого вопроса (тренировка) или только в конце (проверка)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="335"/>
        <source>Next message ▶</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Следующее сообщение ▶</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="336"/>
        <source>Show the next message (%1 of %2 shown)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать следующее сообщение (показано %1 из %2)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="341"/>
        <source>Show all</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="342"/>
        <source>Show all the messages</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать все сообщения</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="354"/>
        <source>%1 of %2 messages</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сообщения: %1 из %2</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, a recommended kind.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваш вопрос: %1 — рекомендуемый тип.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, not a recommended kind.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваш вопрос: %1 — нерекомендуемый тип.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="404"/>
        <source>Something worries you? Click a sentence or a part of the picture (or Tab to it and press Enter) to flag it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что-то вас настораживает? Щёлкните по фразе или части изображения (или перейдите к ней клавишей Tab и нажмите Enter), чтобы отметить её.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you say?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что вы скажете?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you do?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что вы сделаете?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="515"/>
        <source>Step out?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выйти на время?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="522"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваш прогресс сохранится. В следующий раз вы сможете продолжить точно с того места, где остановились.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="25"/>
        <location filename="../qml/PresenterConsole.qml" line="35"/>
        <source>Close answers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Закрыть приём ответов</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Show the take-away</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать памятку</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Back to the room</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Назад к семинару</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="29"/>
        <location filename="../qml/PresenterConsole.qml" line="41"/>
        <source>Next</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Next message</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Следующее сообщение</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Open answers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть приём ответов</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="37"/>
        <source>Reveal the answers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать ответы</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="39"/>
        <source>Go on</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="47"/>
        <source>Knowledge check open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка знаний открыта</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="49"/>
        <source>Knowledge check closed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка знаний закрыта</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="51"/>
        <source>Take-away on screen</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Памятка на экране</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="55"/>
        <source>Waiting to start</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ожидание начала</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="57"/>
        <source>Scene on screen</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена на экране</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="59"/>
        <source>Answers open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Приём ответов открыт</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="61"/>
        <source>Answers closed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Приём ответов закрыт</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="63"/>
        <source>Spread revealed: discuss</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Распределение показано: обсудите</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="65"/>
        <source>Scenario ended</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий завершён</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="137"/>
        <source>Time in this step</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Время на этом шаге</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered all: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключились: %1  ·  Ответили на все: %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключились: %1  ·  Ответили: %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="203"/>
        <source>Practice: the room sees each question&apos;s type when revealed (off: assessment, only at the end)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тренировка: группа видит тип каждого вопроса при показе ответов (выкл.: проверка, только в конце)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="219"/>
        <source>Options (the key is for you: the room sees it only when revealed)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Варианты (ключ — для вас: группа увидит его только после показа ответов)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="239"/>
        <source>Signs in this scene, and how many flagged them</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Признаки в этой сцене и сколько участников их отметили</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="254"/>
        <source>not a sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не признак</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="280"/>
        <source>Scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="293"/>
        <source>Scenario to play</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий для запуска</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="305"/>
        <source>Participants answer on phones (recorded)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники отвечают на телефонах (ответы записываются)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="327"/>
        <source>Start (F5)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начать (F5)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="333"/>
        <source>Stop</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>Timer off</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выключить таймер</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>60 s timer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Таймер 60 с</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="347"/>
        <source>Knowledge check and take-away</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка знаний и памятка</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="364"/>
        <source>Check before</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка до</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="365"/>
        <source>Open the knowledge check before the seminar on the phones</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть на телефонах проверку знаний перед семинаром</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="373"/>
        <source>Check after</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка после</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="374"/>
        <source>Open the same knowledge check after the seminar on the phones</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть на телефонах ту же проверку знаний после семинара</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="382"/>
        <source>Take-away</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Памятка</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="383"/>
        <source>Show the take-away on the projector and the phones</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать памятку на проекторе и на телефонах</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="395"/>
        <source>Take-away PDF</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Памятка в PDF</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="408"/>
        <source>Save the take-away as a one-page PDF to print: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить памятку как одностраничный PDF для печати: %1</translation>
    </message>
    <message>
        <source>LV</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">LV</translation>
    </message>
    <message>
        <source>Save the take-away in Latvian as a one-page PDF to print</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">Сохранить памятку на латышском языке как одностраничный PDF для печати</translation>
    </message>
    <message>
        <source>EN</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">EN</translation>
    </message>
    <message>
        <source>Save the take-away in English as a one-page PDF to print</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">Сохранить памятку на английском языке как одностраничный PDF для печати</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="416"/>
        <source>Open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="417"/>
        <source>Open the saved take-away to print it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть сохранённую памятку, чтобы распечатать её</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1. %n number(s) on it not yet confirmed with the institution: check before you hand it out.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Сохранено: %1. В памятке %n номер ещё не подтверждён учреждением: проверьте, прежде чем раздавать.</numerusform>
            <numerusform>Сохранено: %1. В памятке %n номера ещё не подтверждены учреждением: проверьте, прежде чем раздавать.</numerusform>
            <numerusform>Сохранено: %1. В памятке %n номеров ещё не подтверждены учреждением: проверьте, прежде чем раздавать.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="432"/>
        <source>Joining</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="443"/>
        <source>The network the phones are on</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сеть, к которой подключены телефоны</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Close joining</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Закрыть подключение</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Open joining (J)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть подключение (J)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="465"/>
        <source>Many wrong PINs: someone may be guessing it. Joining is paused for a while; phones already in go on. A new PIN lets people join now.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Много неверных PIN-кодов: возможно, кто-то пытается его подобрать. Подключение на время приостановлено; уже подключённые телефоны продолжают работу. С новым PIN-кодом можно подключиться сразу.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="478"/>
        <source>New PIN</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новый PIN</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="479"/>
        <source>Give a new PIN for joining</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выдать новый PIN-код для подключения</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="487"/>
        <source>Dropped messages: %1 malformed, %2 over the rate</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отброшенные сообщения: некорректных — %1, сверх допустимой частоты — %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="494"/>
        <source>Who is here (✓ answered this decision)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто здесь (✓ — уже ответил на этом шаге)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="520"/>
        <source>Leave the seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Покинуть семинар</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="541"/>
        <source>◀ Back (PageUp)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>◀ Назад (PageUp)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>The room goes on with the option marked blue.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Группа продолжает с вариантом, отмеченным синим.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>Nobody answered: count hands or choose for the room.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Никто не ответил: посчитайте поднятые руки или выберите за группу.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="602"/>
        <source>%1 votes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Голосов: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="614"/>
        <source>Hands for: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Руки за вариант: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="616"/>
        <source>Show of hands</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Голосование поднятием рук</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Room&apos;s choice ✓</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбор группы ✓</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Choose for the room</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать за группу</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="622"/>
        <source>Choose for the room: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать за группу: %1</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Judgement: trafficking, labour rights or neither</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Оценка: торговля людьми, трудовые права или ни то ни другое</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>The ILO/EC dimensions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Измерения МОТ/ЕК</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>One right answer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Один верный ответ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Several right answers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Несколько верных ответов</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="40"/>
        <source>Question %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="50"/>
        <source>Kind of question %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тип вопроса %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="57"/>
        <source>Points</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="66"/>
        <source>Points of question %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Баллы за вопрос %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="70"/>
        <source>Remove question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="78"/>
        <source>The question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="84"/>
        <source>Key by the ILO/EC rule</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ключ по правилу МОТ/ЕК</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is worked out from the scenario&apos;s signs, and follows them when they change.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верный ответ выводится из признаков сценария и меняется вместе с ними.</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is the one marked below.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верный ответ — тот, что отмечен ниже.</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="109"/>
        <source>Option %1 (%2)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вариант %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>Right or not: the rule decides</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верный или нет — решает правило</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>A right answer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верный ответ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="120"/>
        <source>Option %1 is a right answer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вариант %1 — верный ответ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="126"/>
        <source>Remove option</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="128"/>
        <source>Remove option %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить вариант %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="146"/>
        <source>Add an option</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="153"/>
        <source>Explanation shown after answering</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пояснение после ответа</translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="22"/>
        <source>Immediately</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Немедленно</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="25"/>
        <source>The same day</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В тот же день</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="28"/>
        <source>Within days</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В течение нескольких дней</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="31"/>
        <source>When the person is ready</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Когда человек будет готов</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="121"/>
        <source>Who should be involved?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кого следует привлечь?</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="169"/>
        <source>Your plan, in order</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ваш план по порядку</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="178"/>
        <source>Tick the institutions to involve. Then set how urgent each one is and put them in the order you would contact them.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отметьте учреждения, которые нужно привлечь. Затем укажите срочность для каждого и расставьте их в том порядке, в котором вы бы с ними связывались.</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="224"/>
        <source>How urgent: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Срочность: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="232"/>
        <source>Earlier: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Раньше: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="238"/>
        <source>Later: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Позже: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="244"/>
        <source>Take out of the plan: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Убрать из плана: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Saved ✓</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранено ✓</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Save this plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="274"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>План сохранён. Пока вы не перешли дальше, его можно изменить и сохранить снова.</translation>
    </message>
</context>
<context>
    <name>ReplyLineEditor</name>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="45"/>
        <source>Answer line %1, said by</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Реплика ответа %1, говорит</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="53"/>
        <source>Who says answer line %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто говорит реплику ответа %1</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="59"/>
        <source>Unreliable (said to please or to end it)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ненадёжная (в угоду или чтобы закончить)</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="65"/>
        <source>Remove line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить реплику</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="67"/>
        <source>Remove answer line %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить реплику ответа %1</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="80"/>
        <source>It plants the wrong detail</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вносит ложную деталь</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="88"/>
        <source>none</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="89"/>
        <source>The wrong detail answer line %1 plants</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ложная деталь, которую вносит реплика ответа %1</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="97"/>
        <source>(add one under “Scenario, endings, referral key”)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>(добавьте её в разделе «Сценарий, концовки, ключ перенаправления»)</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="115"/>
        <source>Said only when, after the move</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Произносится, только если после хода</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="122"/>
        <source>Only if asked before:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Только если до этого был задан вопрос:</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="129"/>
        <source>Only if not asked before:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Только если до этого не был задан вопрос:</translation>
    </message>
</context>
<context>
    <name>RestsOnField</name>
    <message>
        <location filename="../qml/RestsOnField.qml" line="15"/>
        <source>Acts on a planted detail:</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Опирается на внесённую ложную деталь:</translation>
    </message>
</context>
<context>
    <name>ResultsFileDialog</name>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="13"/>
        <source>Open or create a results file</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть или создать файл результатов</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="15"/>
        <source>Open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>Saskati results (*.sqlite)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результаты Saskati (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>All files (*)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionsTab</name>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите сценарий, чтобы увидеть, как работают его решения.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>F: лёгкость (сколько ответили верно) · DI: индекс дискриминации · DE: дискриминативная эффективность; ниже 15 % решение не отличает более сильных обучающихся от более слабых</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попыток: %1 · F %2 % · DI %3 · DE %4</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>dubious</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сомнительное</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%n critical error(s) ⚠</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n критическая ошибка ⚠</numerusform>
            <numerusform>%n критические ошибки ⚠</numerusform>
            <numerusform>%n критических ошибок ⚠</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDirectoryTab</name>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="28"/>
        <source>Check each contact with the institution, correct it, tick &quot;verified today&quot; and save. Debriefs show these contacts with the date.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверьте каждый контакт в учреждении, исправьте его, отметьте «проверено сегодня» и сохраните. В разборах эти контакты показываются с датой.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>verified %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>проверено %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>not verified yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="60"/>
        <source>Source: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="69"/>
        <source>Phone</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="70"/>
        <source>Phone of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="76"/>
        <source>Free phone</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Бесплатный телефон</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="77"/>
        <source>Free phone of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Бесплатный телефон: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="83"/>
        <source>E-mail</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="84"/>
        <source>E-mail of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="90"/>
        <source>Website</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="91"/>
        <source>Website of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="97"/>
        <source>Address</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="98"/>
        <source>Address of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="105"/>
        <source>Hours</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="106"/>
        <source>Hours of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="113"/>
        <source>verified today</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>проверено сегодня</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="118"/>
        <source>Save</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="119"/>
        <source>Save the contacts of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить контакты: %1</translation>
    </message>
</context>
<context>
    <name>ReviewImprovementTab</name>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="22"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С этими фильтрами ещё никто не прошёл один и тот же сценарий дважды: для оценки прогресса нужны первая и более поздняя попытка одного и того же человека.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="30"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники, завершившие один сценарий два раза или больше: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="38"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Первая попытка %1 % → последняя %2 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="47"/>
        <source>Class gain: %1 · mean of individual gains: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прирост группы: %1 · средний индивидуальный прирост: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="54"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нормализованный прирост Хейка: (последняя − первая) / (100 − первая). Ниже 0,3 — низкий, 0,3–0,7 — средний, выше 0,7 — высокий.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="65"/>
        <source>Knowledge checks of prevention seminars</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверки знаний на профилактических семинарах</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: right answers %2 % before → %3 % after; class gain %4 (%n answered both)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%1: верных ответов %2 % до → %3 % после; прирост группы %4 (оба раза ответил %n)</numerusform>
            <numerusform>%1: верных ответов %2 % до → %3 % после; прирост группы %4 (оба раза ответили %n)</numerusform>
            <numerusform>%1: верных ответов %2 % до → %3 % после; прирост группы %4 (оба раза ответили %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: nobody answered both rounds</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1: никто не ответил оба раза</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="92"/>
        <source>Questions in conversations</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопросы в беседах</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="101"/>
        <source>No conversation has been held within these filters yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С этими фильтрами ещё не проведено ни одной беседы.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="110"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Рекомендуемые вопросы: %1 % из %2 заданных</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="124"/>
        <source>Attempt %1 (participants: %2): %3 % recommended of %4 questions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попытка %1 (участников: %2): рекомендуемых %3 % из %4 вопросов</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="142"/>
        <source>%1 (attempts: %2): %3 % recommended of %4 questions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 (попыток: %2): рекомендуемых %3 % из %4 вопросов</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>%1 %2 % (%3)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 %2 % (%3)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>recommended</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>рекомендуется</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>not recommended</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не рекомендуется</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="162"/>
        <source>Attempt 1 is each person&apos;s first attempt with a conversation; later rows pool fewer people. With one person or one seminar chosen, the rows are theirs.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попытка 1 — первая попытка каждого человека, в которой была беседа; в следующих строках объединено меньше людей. Если выбран один человек или один семинар, строки относятся только к нему.</translation>
    </message>
</context>
<context>
    <name>ReviewIndicatorsTab</name>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="14"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выявление каждого признака, начиная с худших (найден / встречался на пути; ошибочно указан)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>wrongly named %1 %</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ошибочно указан: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>too few to tell</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>слишком мало данных</translation>
    </message>
</context>
<context>
    <name>ReviewOverviewTab</name>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="42"/>
        <location filename="../qml/ReviewOverviewTab.qml" line="150"/>
        <source>History of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="50"/>
        <source>Back to all</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Назад ко всем</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="79"/>
        <source>Debrief</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="80"/>
        <source>Open the debrief of the attempt of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть разбор попытки от %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="95"/>
        <source>Scores (percent of the best possible)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результаты (в процентах от максимально возможного)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="119"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники: завершённые попытки · среднее · лучший</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="126"/>
        <source>Replace names by codes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Заменить имена кодами</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="127"/>
        <source>Replace the names of this seminar&apos;s participants by their codes, for good</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Безвозвратно заменить имена участников этого семинара их кодами</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="149"/>
        <source>History</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="154"/>
        <source>Erase</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="155"/>
        <source>Erase %1 and all their results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить %1 со всеми результатами</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="162"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>По месяцам: семинары · участники · попытки · средний результат</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="101"/>
        <source>Overview</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Who took part</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Participant</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Completed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Mean</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Best</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Лучший</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="130"/>
        <source>History of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Indicators</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Признак</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Found</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найден</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Wrongly named</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ошибочно указан</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="156"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>встречался менее 10 раз: слишком мало данных</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="163"/>
        <source>Decisions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="164"/>
        <source>Decision</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="169"/>
        <source>dubious</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сомнительное</translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewpdf.cpp" line="170"/>
        <source>%n critical error(s) ⚠</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n критическая ошибка ⚠</numerusform>
            <numerusform>%n критические ошибки ⚠</numerusform>
            <numerusform>%n критических ошибок ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="188"/>
        <source>Questions in conversations</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопросы в беседах</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="189"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Рекомендуемые вопросы: %1 % из %2 заданных</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Attempt</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попытка</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Questions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="194"/>
        <source>Recommended</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Рекомендуемые</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="202"/>
        <source>Attempt %1 (participants: %2)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Попытка %1 (участников: %2)</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="209"/>
        <source>%1 (attempts: %2)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 (попыток: %2)</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Knowledge checks</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверки знаний</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Answered both</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ответили оба раза</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Right before</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верно до</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Right after</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Верно после</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Normalised gain</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нормализованный прирост</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="243"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С этими фильтрами ещё никто не прошёл один и тот же сценарий дважды: для оценки прогресса нужны первая и более поздняя попытка одного и того же человека.</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="246"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain: %4. Mean of individual gains: %5.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники, завершившие один сценарий два раза или больше: %1. Первая попытка %2 % → последняя %3 %. Прирост группы: %4. Средний индивидуальный прирост: %5.</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="253"/>
        <source>Improvement</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="261"/>
        <source>Saskati — review of results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati — обзор результатов</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="264"/>
        <source>Made %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Создано: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPeopleTab</name>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="26"/>
        <source>Find anyone in the results by part of their name or code: solo trainees, seminar participants, people who stopped early or never played. Erasing deletes the person and all their results, also from the backups.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найдите в результатах любого человека по части имени или кода: тех, кто тренировался самостоятельно, участников семинаров, тех, кто прервал обучение досрочно или так и не начал. При удалении стираются сам человек и все его результаты, в том числе в резервных копиях.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="37"/>
        <source>Name or code</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Имя или код</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="38"/>
        <source>Find a participant by name or code</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найти участника по имени или коду</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="45"/>
        <source>Nobody&apos;s name or code contains “%1”.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ни в одном имени или коде нет «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewPeopleTab.qml" line="68"/>
        <source>%n attempt(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="76"/>
        <source>History</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="77"/>
        <source>History of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="82"/>
        <source>Erase</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="83"/>
        <source>Erase %1 and all their results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить %1 со всеми результатами</translation>
    </message>
</context>
<context>
    <name>ReviewReportView</name>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="46"/>
        <source>Referral plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>План перенаправления</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="53"/>
        <source>%1, turn %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1, ход %2</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="107"/>
        <source>completed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="109"/>
        <source>abandoned</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>прекращена</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="111"/>
        <source>interrupted (the seminar was not resumed)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>прервана (семинар не был продолжен)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="115"/>
        <source>not finished</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не завершена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="143"/>
        <source>%n completed attempt(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n завершённая попытка</numerusform>
            <numerusform>%n завершённые попытки</numerusform>
            <numerusform>%n завершённых попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n participant(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n seminar(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n семинар</numerusform>
            <numerusform>%n семинара</numerusform>
            <numerusform>%n семинаров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="215"/>
        <source>low</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="217"/>
        <source>medium</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="219"/>
        <source>high</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="229"/>
        <source>none (every first attempt already scored 100 %)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>нет (во всех первых попытках уже 100 %)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="270"/>
        <source>none (everyone was right before already)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>нет (все и до этого отвечали верно)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="271"/>
        <source>none (nobody answered both rounds)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>нет (никто не ответил оба раза)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="279"/>
        <source>Feedback after each question (practice)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь после каждого вопроса (тренировка)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="281"/>
        <source>Feedback at the end only (assessment)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь только в конце (проверка)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="283"/>
        <source>Feedback switched during the attempt</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Режим обратной связи менялся во время попытки</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="284"/>
        <source>Feedback not recorded (older attempts)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Режим обратной связи не записан (старые попытки)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="324"/>
        <source>all scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>все сценарии</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="325"/>
        <source>scenario %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сценарий %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>all roles</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>все роли</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>role %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>роль %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="328"/>
        <source>seminar %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>семинар %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="330"/>
        <source>lecturer %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>лектор %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="332"/>
        <source>municipality %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>самоуправление %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="334"/>
        <source>dates %1 to %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>даты с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="337"/>
        <source>the best attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается лучшая попытка</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="338"/>
        <source>the latest attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается последняя попытка</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="339"/>
        <source>the first attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается первая попытка</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>Could not erase on the server: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось удалить на сервере: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="62"/>
        <source>Erasing on the server…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удаление на сервере…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="64"/>
        <source>Reading the server…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чтение сервера…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="66"/>
        <source>Could not read the server: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось прочитать сервер: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="68"/>
        <source>Not read from the server yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С сервера ещё не прочитано.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="70"/>
        <source>Partly read from the server: read it again to finish.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Частично прочитано с сервера: прочитайте снова, чтобы завершить.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="71"/>
        <source>As the server had them on %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Данные сервера на %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="79"/>
        <source>the server&apos;s address cannot be used; check it on the Server tab.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>адрес сервера нельзя использовать; проверьте его на вкладке «Сервер».</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="81"/>
        <source>the server does not answer.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сервер не отвечает.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="83"/>
        <source>the server&apos;s identity could not be checked.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не удалось проверить подлинность сервера.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="85"/>
        <source>the server refused the account or its password.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сервер отклонил учётную запись или её пароль.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="87"/>
        <source>the server has no such database.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>на сервере нет такой базы данных.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="89"/>
        <source>Saskati is not set up on this server yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati на этом сервере ещё не настроен.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not erase this person: a lecturer erases only the people they sent; ask the municipality&apos;s coordinator.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>этой учётной записи нельзя удалить этого человека: лектор удаляет только тех, кого отправил сам; обратитесь к координатору самоуправления.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not read results on the server.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>этой учётной записи нельзя читать результаты на сервере.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="93"/>
        <source>the server no longer holds this person for this account; read the server again.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>на сервере для этой учётной записи этого человека больше нет; прочитайте сервер ещё раз.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="95"/>
        <source>the copy of the server&apos;s results on this laptop could not be opened.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не удалось открыть копию результатов сервера на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="97"/>
        <source>the password kept on this laptop could not be read.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>не удалось прочитать пароль, сохранённый на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="99"/>
        <source>the app is closing.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>приложение закрывается.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="101"/>
        <source>something went wrong with the server.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>что-то пошло не так с сервером.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="108"/>
        <source>Saved in %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранено в папке %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="110"/>
        <source>Saved %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="112"/>
        <source>Saved the contacts of %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Контакты сохранены: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="114"/>
        <source>Done: %1 and all their results were erased, also from the backups.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Готово: %1 и все результаты этого участника удалены, в том числе из резервных копий.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="116"/>
        <source>Done: %1 and all their results were erased on the server. Every laptop that has them erases them at its next sync, also from its backups.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Готово: %1 и все результаты этого участника удалены на сервере. Каждый ноутбук, где они есть, удалит их при следующей синхронизации, в том числе из резервных копий.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="118"/>
        <source>%n name(s) replaced by codes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n имя заменено кодом</numerusform>
            <numerusform>%n имени заменены кодами</numerusform>
            <numerusform>%n имён заменено кодами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>Review results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обзор результатов</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>No coordinator&apos;s password yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора ещё не задан</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В обзоре видны результаты всех участников. Введите пароль координатора.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>Choose a password of at least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите пароль не короче 8 символов. Обучающиеся не должны его знать; храните его там же, где команда хранит другие свои пароли.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results, so it opens only with the coordinator&apos;s password. The team&apos;s coordinator sets it on this laptop; if that is not you, ask them.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В обзоре видны результаты всех участников, поэтому он открывается только с паролем координатора. Пароль на этом ноутбуке задаёт координатор команды; если это не вы, обратитесь к нему.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="188"/>
        <source>I am the coordinator: set the password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Я координатор: задать пароль</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="201"/>
        <source>Password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="202"/>
        <source>Coordinator&apos;s password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="212"/>
        <source>The same again</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="213"/>
        <source>Repeat the password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Open the review</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть обзор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Set the password and open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Задать пароль и открыть</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="261"/>
        <source>This laptop&apos;s results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результаты этого компьютера</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="265"/>
        <source>The server&apos;s results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результаты на сервере</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="269"/>
        <source>Whose results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чьи результаты</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="281"/>
        <source>All municipalities</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все самоуправления</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="283"/>
        <source>Municipality</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Самоуправление</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="294"/>
        <source>Read the server again</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прочитать сервер снова</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="329"/>
        <source>All scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все сценарии</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="331"/>
        <source>Scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="340"/>
        <source>All roles</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все роли</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="342"/>
        <source>Participants&apos; role</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Роль участников</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="351"/>
        <source>All seminars</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все семинары</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="353"/>
        <source>Seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="363"/>
        <source>All lecturers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Все лекторы</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="365"/>
        <source>Lecturer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Лектор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="380"/>
        <source>from YYYY-MM-DD</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>с ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="382"/>
        <source>From date</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="391"/>
        <source>to YYYY-MM-DD</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>по ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="393"/>
        <source>To date</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="404"/>
        <source>first attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается первая попытка</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="408"/>
        <source>best attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается лучшая попытка</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="412"/>
        <source>latest attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>учитывается последняя попытка</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="416"/>
        <source>Which attempt counts</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Какая попытка учитывается</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="430"/>
        <source>Clear filters</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="447"/>
        <source>Save CSV</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить CSV</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="448"/>
        <source>Save every table as CSV files</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить все таблицы в файлы CSV</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="460"/>
        <source>Save PDF report</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить отчёт PDF</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="472"/>
        <source>Save xAPI</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить xAPI</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="473"/>
        <source>Save the attempts as xAPI statements for a learning record store</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить попытки как утверждения xAPI для хранилища учебных записей</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="486"/>
        <source>Import results…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импорт результатов…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="487"/>
        <source>Import a results bundle from another laptop</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импортировать пакет результатов с другого ноутбука</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="491"/>
        <source>Lock</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="532"/>
        <source>Overview</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="535"/>
        <source>Indicators</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="538"/>
        <source>Decisions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="542"/>
        <source>Improvement</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="546"/>
        <source>People</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="549"/>
        <source>Directory</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="553"/>
        <source>Server</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="605"/>
        <source>Reading the results…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чтение результатов…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="627"/>
        <source>Import a results bundle</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импорт пакета результатов</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="628"/>
        <source>Results bundles (*.json)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пакеты результатов (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="640"/>
        <source>Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импортировано: новых — %1, уже были — %2, конфликтов — %3 (сохранены местные записи)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="654"/>
        <source>Erase this participant?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить этого участника?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted, here and in the backups. This cannot be undone.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 (код %2): все попытки этого участника удаляются — здесь и в резервных копиях. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted on the server, and on every laptop that has them at its next sync, also in the backups. This cannot be undone.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 (код %2): все попытки этого участника удаляются на сервере и на каждом ноутбуке, где они есть, при его следующей синхронизации, в том числе в резервных копиях. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>The server is being read: erase when it has finished.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер читается: удалите, когда чтение закончится.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>No server is chosen for this results file: choose one on the Server tab.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для этого файла результатов не выбран сервер: выберите его на вкладке «Сервер».</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="695"/>
        <source>Replace names by codes?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Заменить имена кодами?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="699"/>
        <source>The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Имена всех участников этого семинара заменяются их псевдонимными кодами — здесь и в резервных копиях. Результаты сохраняются. Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ReviewServerTab</name>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="20"/>
        <source>This address cannot be used.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Этот адрес нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="22"/>
        <source>This computer lacks PostgreSQL support (the package libqt6sql6-psql).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На этом компьютере нет поддержки PostgreSQL (пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="24"/>
        <source>The server does not answer. Results stay on this laptop and are sent later.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер не отвечает. Результаты остаются на этом ноутбуке и будут отправлены позже.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="26"/>
        <source>The server&apos;s identity could not be checked, so nothing was sent.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось проверить подлинность сервера, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="28"/>
        <source>The server refused the account or its password.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер отклонил учётную запись или её пароль.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="30"/>
        <source>The server has no such database.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На сервере нет такой базы данных.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="32"/>
        <source>Saskati is not set up on this server yet: its administrator runs &quot;saskati-cli server init&quot;.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati на этом сервере ещё не настроен: администратору сервера нужно выполнить &quot;saskati-cli server init&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="34"/>
        <source>The server does not let this account send results.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер не разрешает этой учётной записи отправлять результаты.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="36"/>
        <source>Another sync of this results file is running. Try again when it has finished.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для этого файла результатов уже идёт другая синхронизация. Попробуйте снова, когда она завершится.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="38"/>
        <source>This laptop&apos;s results file could not be read for the sync.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось прочитать файл результатов этого ноутбука для синхронизации.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="40"/>
        <source>The password could not be kept on this laptop.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось сохранить пароль на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="42"/>
        <source>This account cannot send results: use a lecturer&apos;s or a coordinator&apos;s account.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С этой учётной записью нельзя отправлять результаты: используйте учётную запись лектора или координатора.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="44"/>
        <source>The server&apos;s Saskati schema is older than this app&apos;s: its administrator runs &quot;saskati-cli server migrate&quot;.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Схема Saskati на сервере старее, чем в этом приложении: администратору сервера нужно выполнить &quot;saskati-cli server migrate&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="46"/>
        <source>The server was set up by a newer Saskati: update this app first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер настроен более новой версией Saskati: сначала обновите это приложение.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="48"/>
        <source>Something went wrong with the server.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>С сервером что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>coordinator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>lecturer</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>лектор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>national account</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>общегосударственная учётная запись</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>administrator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="76"/>
        <source>Results are always saved on this laptop first. With a server, they are also sent to your municipality&apos;s Saskati server, so that the coordinator sees every seminar without collecting files. A seminar never waits for the network. Ask the server&apos;s administrator for the address and an account.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результаты всегда сначала сохраняются на этом ноутбуке. Если указан сервер, они также отправляются на сервер Saskati вашего самоуправления, чтобы координатор видел все семинары, не собирая файлы. Семинар никогда не ждёт сети. Адрес и учётную запись спросите у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="84"/>
        <source>Nothing is kept in this window, so nothing can be sent. Open a results file first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В этом окне ничего не сохраняется, поэтому отправлять нечего. Сначала откройте файл результатов.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="159"/>
        <source>Connection</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="164"/>
        <location filename="../qml/ReviewServerTab.qml" line="177"/>
        <source>Server address</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <source>A password is kept; type a new one to replace it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль сохранён; чтобы заменить его, введите новый</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <location filename="../qml/ReviewServerTab.qml" line="189"/>
        <source>The account&apos;s password</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль учётной записи</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="199"/>
        <source>Send results by themselves every few minutes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отправлять результаты автоматически каждые несколько минут</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="204"/>
        <source>The password is kept on this laptop in a file only your user account can read (docs/server.md), so that results can be sent without asking.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль хранится на этом ноутбуке в файле, который может читать только ваша учётная запись пользователя (docs/server.md), чтобы результаты можно было отправлять, не спрашивая его.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="217"/>
        <source>Test the connection</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="225"/>
        <source>Save</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="235"/>
        <source>Forget this server</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Забыть этот сервер</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="251"/>
        <source>Connecting…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2, %3.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Учётная запись %1: %2, %3.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Учётная запись %1: %2.</translation>
    </message>
    <message>
        <source>Account %1: %2%3.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">Учётная запись %1: %2%3.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>Connected.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключено.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is encrypted.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Соединение зашифровано.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is on this computer, not encrypted.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Соединение внутри этого компьютера, без шифрования.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="91"/>
        <source>Sending</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="103"/>
        <source>No server is chosen for this results file.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для этого файла результатов не выбран сервер.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Nothing has been sent to the server yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На сервер ещё ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Everything was sent on %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Всё отправлено %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>Nothing is waiting.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Очередь на отправку пуста.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>%n item(s) waiting to be sent.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n запись ждёт отправки.</numerusform>
            <numerusform>%n записи ждут отправки.</numerusform>
            <numerusform>%n записей ждут отправки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Sending… (%n sent)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Отправка… (отправлено: %n)</numerusform>
            <numerusform>Отправка… (отправлено: %n)</numerusform>
            <numerusform>Отправка… (отправлено: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Send now</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отправить сейчас</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="137"/>
        <source>The last sync sent %n item(s).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>При последней синхронизации отправлена %n запись.</numerusform>
            <numerusform>При последней синхронизации отправлены %n записи.</numerusform>
            <numerusform>При последней синхронизации отправлено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="139"/>
        <source>%n person(s) erased on the server were erased here too.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n человек, удалённый на сервере, удалён и здесь.</numerusform>
            <numerusform>%n человека, удалённых на сервере, удалены и здесь.</numerusform>
            <numerusform>%n человек, удалённых на сервере, удалены и здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="141"/>
        <source>%n row(s) were already on the server from another account and stay theirs.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n строка уже была на сервере от другой учётной записи и остаётся за ней.</numerusform>
            <numerusform>%n строки уже были на сервере от другой учётной записи и остаются за ней.</numerusform>
            <numerusform>%n строк уже было на сервере от другой учётной записи; они остаются за ней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="143"/>
        <source>The server refused to erase %n person(s) for this account: ask the municipality&apos;s coordinator to erase them there.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Сервер не позволил этой учётной записи удалить %n человека: попросите координатора самоуправления удалить его на сервере.</numerusform>
            <numerusform>Сервер не позволил этой учётной записи удалить %n человека: попросите координатора самоуправления удалить их на сервере.</numerusform>
            <numerusform>Сервер не позволил этой учётной записи удалить %n человек: попросите координатора самоуправления удалить их на сервере.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioKeyEditor</name>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="43"/>
        <source>Languages: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="54"/>
        <source>Remove %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="56"/>
        <source>Remove the language %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить язык %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="65"/>
        <source>e.g. ru</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>напр., ru</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="66"/>
        <source>Code of a language to add</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Код добавляемого языка</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="75"/>
        <source>Add the language</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="88"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="233"/>
        <source>Title</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="93"/>
        <source>Summary</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="99"/>
        <source>Content warning</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предупреждение о содержании</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="105"/>
        <source>What trainees learn</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чему учатся участники</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="110"/>
        <source>People</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Персонажи</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="118"/>
        <source>Person %1 (%2)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Персонаж %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="123"/>
        <source>Add a person</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить персонажа</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="128"/>
        <source>Variables (trust, fear…: choices change them, conditions test them)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переменные (доверие, страх…: выборы их меняют, условия проверяют)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="146"/>
        <source>Name of variable %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Имя переменной %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="152"/>
        <source>starts at</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>в начале</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="156"/>
        <source>lowest</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>минимум</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="160"/>
        <source>highest</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>максимум</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="178"/>
        <source>Variable %1: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переменная %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="184"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="302"/>
        <source>Remove</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="186"/>
        <source>Remove variable %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить переменную %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="193"/>
        <source>Add a variable</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить переменную</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="203"/>
        <source>Endings</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Концовки</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="217"/>
        <source>Ending %1 (%2)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Концовка %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="226"/>
        <source>Outcome of ending %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Исход концовки %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="238"/>
        <source>What happens next (shown in the debrief)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что происходит дальше (показывается в разборе)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="245"/>
        <source>Add an ending</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить концовку</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="250"/>
        <source>Referral key</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ключ перенаправления</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="256"/>
        <source>What the trainee is asked</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что спрашивают у обучающегося</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must be in the plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обязательно в плане</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Should be in the plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Желательно в плане</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must not be in the plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не должно быть в плане</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="288"/>
        <source>Institution</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="297"/>
        <source>How soon</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Как скоро</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="310"/>
        <source>Feedback</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="322"/>
        <source>Add an institution</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить учреждение</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="331"/>
        <source>Assessment questions (asked in an assessment scene)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вопросы для оценки (задаются в оценочной сцене)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="347"/>
        <source>Add a question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вопрос</translation>
    </message>
</context>
<context>
    <name>ScenarioProblemsDialog</name>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="16"/>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="38"/>
        <source>Problems in the scenario files</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проблемы в файлах сценариев</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="25"/>
        <source>These files were left out; the others can be played. Each line says where (file:line:column) and what to do. A folder copied without its media folder beside it gives one line for each missing picture and voice.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Эти файлы не загружены; остальные сценарии можно проходить. В каждой строке указано, где проблема (файл:строка:столбец) и что сделать. Если папка скопирована без лежащей рядом папки медиафайлов, каждое отсутствующее изображение и каждая голосовая запись дают отдельную строку.</translation>
    </message>
</context>
<context>
    <name>SceneEditor</name>
    <message>
        <location filename="../qml/SceneEditor.qml" line="50"/>
        <source>Scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="59"/>
        <source>The scene&apos;s id</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Идентификатор сцены</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="70"/>
        <source>Preview from here</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Просмотр отсюда</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="74"/>
        <source>Remove scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить сцену</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="84"/>
        <source>Title</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="89"/>
        <source>Setting</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Место действия</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="101"/>
        <location filename="../qml/SceneEditor.qml" line="110"/>
        <source>The person interviewed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Опрашиваемый человек</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="116"/>
        <source>The conversation has a limit</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>У беседы есть ограничение</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="141"/>
        <source>Moves before it ends (0: no limit)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ходов до конца (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="152"/>
        <source>Moves before the conversation ends</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ходов до конца беседы</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="158"/>
        <source>then leads to</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>затем ведёт к</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="168"/>
        <source>Where the conversation leads when it ends</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Куда ведёт беседа, когда она заканчивается</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="176"/>
        <source>What happens then (the one thing left to do)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что происходит затем (единственное, что остаётся сделать)</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="183"/>
        <source>How the person appears</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Как выглядит человек</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="203"/>
        <source>Add a state</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить состояние</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines said on arrival</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Реплики при входе в сцену</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Реплики</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="248"/>
        <source>Line %1, said by</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Реплика %1, говорит</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="261"/>
        <source>Remove line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить реплику</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="281"/>
        <source>Add a line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить реплику</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Moves: what the trainee can say or do, each once</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ходы: что обучающийся может сказать или сделать, каждое — один раз</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Choices</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Варианты выбора</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a move</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить ход</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a choice</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вариант выбора</translation>
    </message>
</context>
<context>
    <name>SceneGraphView</name>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="121"/>
        <source>Add a scene after this</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить сцену после этой</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="126"/>
        <source>Add a conversation after this</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить беседу после этой</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="131"/>
        <source>Lead a new choice from here to…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новый вариант выбора отсюда к…</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="139"/>
        <source>Remove this scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить эту сцену</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="149"/>
        <source>Remove this ending</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить эту концовку</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="167"/>
        <source>Find a scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найти сцену</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="168"/>
        <source>Find a scene by its words or id</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Найти сцену по словам или идентификатору</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SceneGraphView.qml" line="183"/>
        <source>%n found</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>найдено: %n</numerusform>
            <numerusform>найдено: %n</numerusform>
            <numerusform>найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="190"/>
        <source>Zoom out</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="196"/>
        <source>Zoom in</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="201"/>
        <source>Fit</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Целиком</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="203"/>
        <source>Show the whole scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать весь сценарий</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="212"/>
        <source>Click the scene or ending the new choice leads to (Esc: cancel).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Щёлкните сцену или концовку, к которой поведёт новый вариант выбора (Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Ending %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Концовка %1</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Scene %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцена %1</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="318"/>
        <source>Menu key: add a scene after it, lead a choice from it, remove it</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Клавиша меню: добавить после неё сцену, провести от неё вариант выбора, удалить её</translation>
    </message>
</context>
<context>
    <name>ScenePresenter</name>
    <message>
        <location filename="../src/scenepresenter.cpp" line="116"/>
        <source>You</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="22"/>
        <source>Plain words</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обычные слова</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="26"/>
        <source>Distractor (looks like a sign, is not)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отвлекающая деталь (похожа на признак, но им не является)</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="32"/>
        <source>Sign: %1 (%2, %3)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Признак: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="44"/>
        <source>What the region shows</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что показывает область</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="58"/>
        <source>What this part is</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чем является эта часть</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="73"/>
        <source>Split at the selection</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разделить по выделению</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="76"/>
        <source>Cut this part in three at the words selected above, to mark them alone</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разрезать эту часть на три по выделенным выше словам, чтобы отметить только их</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is noticed or missed</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь, когда это замечено или упущено</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is flagged</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Обратная связь, когда это отмечено</translation>
    </message>
</context>
<context>
    <name>SeminarScreen</name>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="124"/>
        <source>Joined %1 · answered %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подключились: %1 · ответили: %2</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Hide console (C)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Скрыть консоль (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Console (C)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Консоль (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="133"/>
        <source>Back</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="136"/>
        <source>Next</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="139"/>
        <source>Leave</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="175"/>
        <source>End the seminar?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Завершить семинар?</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The scenario stops here and the phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий останавливается здесь, а телефоны получают сообщение о завершении семинара. Уже данные ответы сохраняются.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Телефоны получают сообщение о завершении семинара. Уже данные ответы сохраняются.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="201"/>
        <source>End the seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Завершить семинар</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="208"/>
        <source>Continue the seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Продолжить семинар</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="220"/>
        <source>Saskati — audience</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati — для аудитории</translation>
    </message>
</context>
<context>
    <name>SeminarSetupScreen</name>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="15"/>
        <source>Mixed audience</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Смешанная аудитория</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="53"/>
        <source>New seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новый семинар</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="60"/>
        <source>Title</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="69"/>
        <source>e.g. Liepāja, social workers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>напр., Лиепая, социальные работники</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="70"/>
        <source>Seminar title</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Название семинара</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="74"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="82"/>
        <source>Place</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="86"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="96"/>
        <source>Audience</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="100"/>
        <source>Scenarios for this seminar (Space to choose)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарии этого семинара (выбор — клавишей «Пробел»)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="114"/>
        <source>Scenarios for this seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарии этого семинара</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="130"/>
        <source>Open the seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть семинар</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="153"/>
        <source>Reopen a seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть прошлый семинар</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="161"/>
        <source>No seminars yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Семинаров пока нет.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="182"/>
        <source>Interrupted: resume “%1” where it stopped</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прерван: продолжить «%1» с места остановки</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Resume %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Продолжить семинар «%1»</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Reopen %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Снова открыть семинар «%1»</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="195"/>
        <source>Do not resume: close it as interrupted</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не продолжать: закрыть как прерванный</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="225"/>
        <source>%1 min</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>SeminarSummary</name>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="23"/>
        <source>Summary</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="30"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Результат пути группы: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="37"/>
        <source>Participants</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участники</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="53"/>
        <source>%n critical error(s)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n критическая ошибка</numerusform>
            <numerusform>%n критические ошибки</numerusform>
            <numerusform>%n критических ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="62"/>
        <source>Signs: how many participants flagged each (fewest first)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Признаки: сколько участников отметили каждый (сначала наименее замеченные)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="87"/>
        <source>Decisions</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Решения</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="102"/>
        <source>%n vote(s) for a critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n голос за критическую ошибку</numerusform>
            <numerusform>%n голоса за критическую ошибку</numerusform>
            <numerusform>%n голосов за критическую ошибку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerStatusButton</name>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="11"/>
        <source>never yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>ещё ни разу</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер: не отправлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: %n waiting</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Сервер: в очереди %n</numerusform>
            <numerusform>Сервер: в очереди %n</numerusform>
            <numerusform>Сервер: в очереди %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: all sent</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер: всё отправлено</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent yet</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сервер: ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="19"/>
        <source>Send results to the server now. Everything was last sent: %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отправить результаты на сервер сейчас. Последний раз всё отправлено: %1.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="29"/>
        <source>Who is practising?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто тренируется?</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="53"/>
        <source>Nobody has practised on this computer yet.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>На этом компьютере ещё никто не тренировался.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="67"/>
        <source>New participant</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="73"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Достаточно имени или псевдонима. Результаты остаются на этом компьютере, если их не экспортировать.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="83"/>
        <location filename="../qml/SignInScreen.qml" line="84"/>
        <source>Name or pseudonym</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <location filename="../qml/SignInScreen.qml" line="110"/>
        <source>Your work</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="105"/>
        <source>I&apos;d rather not say</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предпочитаю не указывать</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="109"/>
        <source>Choose…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="115"/>
        <source>Choose your work (or “I&apos;d rather not say”) to start.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Чтобы начать, выберите род занятий (или «Предпочитаю не указывать»).</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="126"/>
        <source>Start</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="68"/>
        <source>Recognise. Ask well. Refer.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Заметить. Грамотно спросить. Направить.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="76"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Учебный симулятор для встреч с людьми, которые могут быть жертвами торговли людьми.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="86"/>
        <source>The coordinator&apos;s password is set. Review results now asks for it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора установлен. Теперь кнопка «Просмотреть результаты» запрашивает его.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Practising without saving</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тренировка без сохранения</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>This results file is already open</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Этот файл результатов уже открыт</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Results cannot be saved here</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Здесь нельзя сохранить результаты</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="119"/>
        <source>Nothing done in this window is kept: no names, no attempts, no seminar answers. To keep results, open a results file.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ничего из сделанного в этом окне не сохраняется: ни имена, ни попытки, ни ответы на семинарах. Чтобы сохранять результаты, откройте файл результатов.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="141"/>
        <source>Open another results file…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открыть другой файл результатов…</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="151"/>
        <source>Practise without saving</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тренироваться без сохранения</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="160"/>
        <source>Quit</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="161"/>
        <source>Quit Saskati</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выйти из Saskati</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n scenario(s) loaded;</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Загружен %n сценарий;</numerusform>
            <numerusform>Загружено %n сценария;</numerusform>
            <numerusform>Загружено %n сценариев;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n file(s) have problems and were left out.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>%n файл с ошибками пропущен.</numerusform>
            <numerusform>%n файла с ошибками пропущены.</numerusform>
            <numerusform>%n файлов с ошибками пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="184"/>
        <source>Details</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="185"/>
        <source>Show the problems in the scenario files</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показать ошибки в файлах сценариев</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="217"/>
        <source>Set the coordinator&apos;s password now?</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Установить пароль координатора сейчас?</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="225"/>
        <source>Review results shows every participant&apos;s results and opens only with this password. Your team&apos;s coordinator should set it, once, on this laptop. If you are not the coordinator, skip this: practising and seminars work without it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>«Просмотреть результаты» показывает результаты всех участников и открывается только с этим паролем. Его должен установить координатор вашей команды — один раз, на этом ноутбуке. Если вы не координатор, пропустите этот шаг: тренировки и семинары работают и без пароля.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="234"/>
        <source>I am the coordinator: set it now</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Я координатор: установить сейчас</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="239"/>
        <source>Skip: I am not the coordinator</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пропустить: я не координатор</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="259"/>
        <source>Practise a scenario</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тренироваться по сценарию</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="269"/>
        <source>Run a seminar</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Провести семинар</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="280"/>
        <source>Review results</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Просмотреть результаты</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="290"/>
        <source>Write and correct scenarios</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Писать и править сценарии</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="305"/>
        <source>Opening the results file: checking it and keeping today&apos;s backup…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Открытие файла результатов: проверка и сохранение сегодняшней резервной копии…</translation>
    </message>
</context>
<context>
    <name>StateEditor</name>
    <message>
        <location filename="../qml/StateEditor.qml" line="32"/>
        <source>State %1: a stage direction (the first whose conditions hold is shown)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Состояние %1: ремарка (показывается первая, условия которой выполнены)</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="39"/>
        <source>Shown when</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Показывается, если</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="53"/>
        <source>Portrait of state %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Портрет состояния %1</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>Another portrait…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Другой портрет…</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>A portrait for this state…</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Портрет для этого состояния…</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="58"/>
        <source>Choose a portrait for state %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать портрет для состояния %1</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="65"/>
        <source>Remove the portrait</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить портрет</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="66"/>
        <source>Remove the portrait of state %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить портрет состояния %1</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="71"/>
        <source>Remove state</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить состояние</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="73"/>
        <source>Remove state %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить состояние %1</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="81"/>
        <source>What the portrait shows (for those who cannot see it)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Что изображено на портрете (для тех, кто его не видит)</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="88"/>
        <source>Choose a portrait for this state</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите портрет для этого состояния</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="90"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изображения (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TakeawayPdf</name>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="63"/>
        <source>* As Saskati&apos;s list of contacts has it; not yet confirmed with the institution. If it does not answer, call 112 in danger, or ask an adult you trust.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>* Из списка контактов Saskati; учреждение ещё не подтвердило. Не отвечают — в опасности звони 112 или скажи взрослому, которому доверяешь.</translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="74"/>
        <source>Before you go</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Перед отъездом</translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="75"/>
        <source>Who can help</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Кто может помочь</translation>
    </message>
</context>
<context>
    <name>saskati::AppContext</name>
    <message>
        <location filename="../src/appcontext.cpp" line="432"/>
        <source>%1 is read-only (for example on a write-protected stick, or another user&apos;s file). Open another results file, or practise without saving.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Файл %1 доступен только для чтения (например, он на флешке с защитой от записи или принадлежит другому пользователю). Откройте другой файл результатов или тренируйтесь без сохранения.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="437"/>
        <source>The folder of %1 is read-only, and the database needs to write beside the file. Open a results file in another folder, or practise without saving.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Папка с файлом %1 доступна только для чтения, а базе данных нужно записывать рядом с файлом. Откройте файл результатов в другой папке или тренируйтесь без сохранения.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="443"/>
        <source>Saskati is already open with %1 (program %2 on %3). Use that window: two windows on one results file would offer the same attempt twice. Or open another results file.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati уже работает с файлом %1 (процесс %2 на компьютере %3). Используйте то окно: два окна с одним файлом результатов предложили бы одну и ту же попытку дважды. Или откройте другой файл результатов.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="449"/>
        <source>Saskati is already open with %1. Use that window, or open another results file.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Saskati уже работает с файлом %1. Используйте то окно или откройте другой файл результатов.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="452"/>
        <source>%1 is damaged. It has been left untouched; the coordinator can restore a backup (saskati-cli results restore). Open another results file, or practise without saving.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Файл %1 повреждён. Он оставлен без изменений; координатор может восстановить резервную копию (saskati-cli results restore). Откройте другой файл результатов или тренируйтесь без сохранения.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="457"/>
        <source>%1 was written by a newer version of Saskati. It has not been changed: update Saskati to use it. Open another results file, or practise without saving.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Файл %1 создан более новой версией Saskati. Он не изменён: чтобы работать с ним, обновите Saskati. Откройте другой файл результатов или тренируйтесь без сохранения.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="462"/>
        <source>%1 cannot be opened. Open another results file, or practise without saving.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удаётся открыть файл %1. Откройте другой файл результатов или тренируйтесь без сохранения.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="621"/>
        <source>Adults: the Drošā māja trust line %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Взрослым: телефон доверия приюта «Drošā māja» %1.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="622"/>
        <source>Adults: the Drošā māja trust line %1 (%2).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Взрослым: телефон доверия приюта «Drošā māja» %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="626"/>
        <source>Children and young people: %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Детям и молодёжи: %1.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="628"/>
        <source>In danger: %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В случае опасности: %1.</translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="90"/>
        <source>The scenario has errors: fix them before previewing.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В сценарии есть ошибки: исправьте их перед предпросмотром.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="97"/>
        <source>Preview</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="146"/>
        <source>Sign in and choose a scenario first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала войдите и выберите сценарий.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="194"/>
        <source>No scenario is being played.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ни один сценарий сейчас не проходится.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="336"/>
        <source>Turns taken: %1 of %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сделано ходов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="70"/>
        <location filename="../src/reviewcontroller.cpp" line="99"/>
        <source>The results database is not open.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>База данных результатов не открыта.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="73"/>
        <source>The coordinator&apos;s password is already set.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора уже установлен.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="75"/>
        <source>The two passwords differ.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="77"/>
        <source>Choose a password of at least %1 characters.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите пароль длиной не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="102"/>
        <source>No coordinator&apos;s password is set yet: the team&apos;s coordinator sets it first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Пароль координатора ещё не установлен: сначала его должен установить координатор команды.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="104"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это не пароль координатора.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="236"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Указывайте даты в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="334"/>
        <source>Could not write %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="345"/>
        <source>The review is locked.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Просмотр результатов заблокирован.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="351"/>
        <source>Could not read %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="356"/>
        <source>%1 is not a results bundle: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 — не пакет результатов: %2</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="394"/>
        <source>Only a finished attempt has a debrief.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разбор есть только у завершённой попытки.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="459"/>
        <source>These are the server&apos;s results, shown here to be read: nothing is changed in them here. Choose this laptop&apos;s results to import, erase or replace names by codes.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это результаты сервера, показанные только для чтения: здесь в них ничего не меняется. Чтобы импортировать, удалить или заменить имена кодами, выберите результаты этого компьютера.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="472"/>
        <location filename="../src/reviewcontroller.cpp" line="490"/>
        <source>Open the review first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала откройте просмотр результатов.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="477"/>
        <source>Cannot create the folder %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="481"/>
        <source>Cannot write the CSV files into %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удаётся записать CSV-файлы в %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="501"/>
        <source>Cannot write the report %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удаётся записать отчёт %1.</translation>
    </message>
</context>
<context>
    <name>saskati::ScenarioEditor</name>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="192"/>
        <location filename="../src/scenarioeditor.cpp" line="285"/>
        <source>Give the scenario a title first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала дайте сценарию название.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="290"/>
        <source>Save or undo the changes to this scenario before renaming it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Перед переименованием сохраните или отмените изменения в этом сценарии.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="305"/>
        <source>Renamed: %1 (%2).</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переименовано: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="313"/>
        <source>%1 could not be read.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="336"/>
        <source>Imported from Twine: %1 passages, %2 links.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Импортировано из Twine: фрагментов — %1, ссылок — %2.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="337"/>
        <source>Not brought in: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не перенесено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/scenarioeditor.cpp" line="355"/>
        <source>%n scenario(s) imported.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Импортирован %n сценарий.</numerusform>
            <numerusform>Импортировано %n сценария.</numerusform>
            <numerusform>Импортировано %n сценариев.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="365"/>
        <source>Exported to %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="414"/>
        <location filename="../src/scenarioeditor.cpp" line="426"/>
        <location filename="../src/scenarioeditorlists.cpp" line="38"/>
        <location filename="../src/scenarioeditornames.cpp" line="64"/>
        <location filename="../src/scenarioeditornames.cpp" line="87"/>
        <source>Nothing is open to edit.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ничего не открыто для редактирования.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="419"/>
        <source>Edit %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="427"/>
        <location filename="../src/scenarioeditorlists.cpp" line="174"/>
        <source>Remove %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="455"/>
        <source>Nothing is open to save.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ничего не открыто для сохранения.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="529"/>
        <source>Another scenario in the library has the id &apos;%1&apos;: choose another id.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>У другого сценария в библиотеке уже есть идентификатор «%1»: выберите другой.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="605"/>
        <source>Nothing is open to preview.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ничего не открыто для предпросмотра.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="608"/>
        <source>Fix the errors in the list first: a scenario with errors cannot be played.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала исправьте ошибки из списка: сценарий с ошибками нельзя запустить.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="37"/>
        <source>There is nothing to change at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нечего изменять.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="48"/>
        <source>Add a variable</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить переменную</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="49"/>
        <source>Add a condition</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="50"/>
        <source>Add a change</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить изменение</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="51"/>
        <source>Add a move</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить ход</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="52"/>
        <source>Add an answer line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить ответную реплику</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="53"/>
        <source>Add a state</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить состояние</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="54"/>
        <source>Add a question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="55"/>
        <source>Add an option</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вариант ответа</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="56"/>
        <source>Add a planted detail</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить внушённую деталь</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="66"/>
        <source>%1 is not a list of the scenario.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 — не список сценария.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="93"/>
        <source>Nothing of this kind (%1) can be added here.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сюда нельзя добавить элемент такого вида (%1).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="113"/>
        <source>Nothing of this kind (%1) can be made at %2.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %2 нельзя создать элемент такого вида (%1).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="122"/>
        <source>Add a limit</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить ограничение</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="142"/>
        <source>Nothing can be added to %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 ничего нельзя добавить.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="158"/>
        <source>Add %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="166"/>
        <source>There is no list at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нет списка.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="191"/>
        <source>The scenario&apos;s own fields cannot be renamed.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Собственные поля сценария нельзя переименовать.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="192"/>
        <source>Change how a variable changes</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изменить способ изменения переменной</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="201"/>
        <source>A question is a judgement, dimensions, single or multiple.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Вид вопроса: оценка, измерения, один ответ или несколько ответов.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="206"/>
        <source>Change the kind of question</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изменить вид вопроса</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="217"/>
        <source>Change the right answers</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Изменить правильные ответы</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="34"/>
        <source>Only a variable or a planted detail is renamed where it is used.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Везде, где используется, переименовывается только переменная или внушённая деталь.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="41"/>
        <source>&apos;%1&apos; cannot be a name: use lowercase letters (a–z), digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>«%1» не может быть именем: используйте строчные латинские буквы (a–z), цифры, «-», «_» и «.», начиная с буквы или цифры.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="48"/>
        <source>&apos;%1&apos; is already used in this scenario: choose another name.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>«%1» уже используется в этом сценарии: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="58"/>
        <source>Rename %1 to %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="67"/>
        <source>&apos;%1&apos; is not a language code: write its two or three letters, e.g. ru or uk.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>«%1» — не код языка: введите его две или три буквы, напр. ru или uk.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="70"/>
        <source>The scenario already has %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В сценарии уже есть язык %1.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="81"/>
        <source>Add the language %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить язык %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="90"/>
        <source>The scenario has no %1 to remove.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В сценарии нет языка %1, который можно удалить.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="92"/>
        <source>%1 is the scenario&apos;s only language: add another before removing it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 — единственный язык сценария: прежде чем удалить его, добавьте другой.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="113"/>
        <source>Remove the language %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить язык %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Remove the portrait</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Удалить портрет</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Choose a portrait</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать портрет</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="45"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="48"/>
        <source>Add a scene</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить сцену</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="58"/>
        <source>There is no scene %1 with choices.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нет сцены %1 с вариантами выбора.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="63"/>
        <source>Add a choice</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить вариант выбора</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="73"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="148"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="163"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="301"/>
        <source>There is no scene %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сцены %1 нет.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="79"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="85"/>
        <source>Add a line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить реплику</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="101"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="104"/>
        <source>Add a person</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить персонажа</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="115"/>
        <source>Add an ending</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить финал</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="125"/>
        <source>A referral entry is required, recommended or harmful.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Запись о направлении может быть обязательной, рекомендуемой или вредной.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="138"/>
        <source>Add to the referral key</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить в ключ направлений</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="152"/>
        <source>Lead scene %1 to %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Связать сцену %1 с %2</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="164"/>
        <source>Add a scene after scene %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Добавить сцену после сцены %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="177"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="275"/>
        <source>There is no choice at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нет варианта выбора.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="183"/>
        <source>Stay in the conversation</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Остаться в разговоре</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="195"/>
        <source>Lead the choice to %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Направить выбор к %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="202"/>
        <source>Select words in one part of a line to split it.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выделите слова в одной части реплики, чтобы её разделить.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="207"/>
        <source>There is no part of a line at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нет части реплики.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="218"/>
        <source>Split a part of a line</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Разделить часть реплики</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="226"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="246"/>
        <source>There is nothing to mark at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нечего отмечать.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="238"/>
        <source>Mark a sign</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отметить признак</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="254"/>
        <source>Mark a distractor</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отметить отвлекающую деталь</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="262"/>
        <source>There is nothing to unmark at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нет отметки, которую можно снять.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="267"/>
        <source>Unmark</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Mark a critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Отметить критическую ошибку</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Unmark the critical error</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Снять отметку критической ошибки</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="329"/>
        <source>Choose the scene&apos;s picture</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выбрать изображение сцены</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="348"/>
        <source>There is no region at %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В %1 нет области.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="357"/>
        <source>Move or resize a region</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Переместить область или изменить её размер</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="365"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="388"/>
        <source>Choose a picture for the scene first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала выберите изображение для сцены.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="384"/>
        <source>Draw a hotspot</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нарисовать активную область</translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>this laptop only</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>только этот ноутбук</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>Wi-Fi</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>network</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>сеть</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="278"/>
        <source>Decision %1 · the last</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Решение %1 · последнее</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="279"/>
        <source>Decision %1 · at most %n more</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Решение %1 · ещё не более %n</numerusform>
            <numerusform>Решение %1 · ещё не более %n</numerusform>
            <numerusform>Решение %1 · ещё не более %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="393"/>
        <source>Stopped before the end</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Прервано до завершения</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="426"/>
        <source>%1 · question %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>%1 · вопрос %2</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="472"/>
        <location filename="../src/seminarcontroller.cpp" line="492"/>
        <location filename="../src/seminarcontroller.cpp" line="532"/>
        <source>The results database is not open.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>База данных результатов не открыта.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="474"/>
        <source>Give the seminar a title.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Укажите название семинара.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="503"/>
        <source>That seminar is no longer in the database.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Этого семинара больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="522"/>
        <source>The interrupted scenario could not be resumed: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось продолжить прерванный сценарий: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="565"/>
        <source>%n answer(s) could not be saved (the phones were asked to send them again): %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>
            <numerusform>Не удалось сохранить %n ответ (телефоны попросили отправить повторно): %1</numerusform>
            <numerusform>Не удалось сохранить %n ответа (телефоны попросили отправить их повторно): %1</numerusform>
            <numerusform>Не удалось сохранить %n ответов (телефоны попросили отправить их повторно): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="579"/>
        <location filename="../src/seminarcontroller.cpp" line="630"/>
        <location filename="../src/seminarcontroller.cpp" line="681"/>
        <location filename="../src/seminarcontroller.cpp" line="699"/>
        <location filename="../src/seminarcontroller.cpp" line="722"/>
        <location filename="../src/seminarcontroller_check.cpp" line="136"/>
        <source>Open a seminar first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала откройте семинар.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="581"/>
        <source>Choose the network the phones are on.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите сеть, к которой подключены телефоны.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="633"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценария «%1» нет.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="658"/>
        <source>Nobody has answered. PageDown again: the room goes on with the best practice (✓). Or count hands on the console.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Никто не ответил. Нажмите PageDown ещё раз — группа продолжит с лучшей практикой (✓). Или подсчитайте поднятые руки и введите их на консоли.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="675"/>
        <source>Choose the room&apos;s answer on the console: no option is without a critical error.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите ответ группы на консоли: во всех вариантах есть критическая ошибка.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="123"/>
        <source>This seminar&apos;s audience has no knowledge check in the catalogue.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для аудитории этого семинара в каталоге нет проверки знаний.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="126"/>
        <source>Choose the check before or after the seminar.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Выберите проверку до или после семинара.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="146"/>
        <location filename="../src/seminarcontroller_check.cpp" line="164"/>
        <source>This seminar&apos;s audience has no take-away in the catalogue.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Для аудитории этого семинара в каталоге нет памятки.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="157"/>
        <source>The catalogue&apos;s texts are not in %1: choose one of %2 for the take-away.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Тексты каталога не на языке %1: выберите для памятки один из языков: %2.</translation>
    </message>
    <message>
        <source>Choose Latvian or English for the take-away.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation type="vanished">Выберите для памятки латышский или английский язык.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="172"/>
        <source>Cannot write %1.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>saskati::SeminarRoom</name>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="32"/>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="63"/>
        <source>A scenario is running; play it to its end or stop it first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Идёт сценарий: сначала пройдите его до конца или остановите.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="34"/>
        <source>The knowledge check has no questions.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>В проверке знаний нет вопросов.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="39"/>
        <source>The right answers have been shown on the phones: the check cannot be opened again.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Правильные ответы уже показаны на телефонах: проверку нельзя открыть снова.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="42"/>
        <source>The check before is for before the first scenario: open the check after instead.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка «до» проводится перед первым сценарием: вместо неё откройте проверку «после».</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="54"/>
        <source>No knowledge check is open.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Проверка знаний не открыта.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="65"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="27"/>
        <source>Close the knowledge check first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала закройте проверку знаний.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="163"/>
        <source>%1 could not join the running scenario: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участника %1 не удалось подключить к идущему сценарию: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="172"/>
        <source>%1 could not join: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Участника %1 не удалось подключить: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_resume.cpp" line="32"/>
        <source>Only an interrupted scenario of this seminar can be resumed, in a room that has not begun.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Продолжить можно только прерванный сценарий этого семинара и только в группе, где ещё ничего не начато.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="25"/>
        <source>A scenario is running; stop it or play it to its end first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Идёт сценарий: сначала остановите его или пройдите до конца.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="81"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="84"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="127"/>
        <source>Start a scenario first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала запустите сценарий.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="105"/>
        <source>Nobody has answered: choose the room&apos;s answer first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Никто не ответил: сначала выберите ответ группы.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="125"/>
        <source>The scenario has ended.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сценарий завершён.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="134"/>
        <source>Leave the knowledge check first.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Сначала выйдите из проверки знаний.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="137"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="171"/>
        <source>Nothing to go back to.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Возвращаться некуда.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="150"/>
        <source>This is the first decision.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Это первое решение.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="178"/>
        <source>No scenario is running.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ни один сценарий не запущен.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="211"/>
        <source>The room&apos;s result could not be saved: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось сохранить результат группы: %1</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="250"/>
        <source>The answers of %1 could not follow the room&apos;s step and are no longer recorded for this scenario.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Ответы участников %1 не удалось согласовать с шагом группы, и в этом сценарии они больше не учитываются.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="272"/>
        <source>The room&apos;s path could not be read back from the database: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось заново прочитать путь группы из базы данных: %1</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="283"/>
        <source>The answers of %1 could not be read back from the database: %2</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не удалось заново прочитать из базы данных ответы участника %1: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="83"/>
        <source>There is no decision to choose for.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Нет решения, для которого можно сделать выбор.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="88"/>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="99"/>
        <source>&apos;%1&apos; is not a choice of this decision.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>«%1» не является вариантом этого решения.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="101"/>
        <source>A show of hands counts 0 to 10,000 hands.</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Число поднятых рук — от 0 до 10 000.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="202"/>
        <source>the referral plan</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>план направления</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="216"/>
        <source>The room&apos;s majority answers were not all taken: %1</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>Не все ответы большинства группы были приняты: %1</translation>
    </message>
</context>
<context>
    <name>saskati::TargetListModel</name>
    <message>
        <location filename="../src/targetlistmodel.cpp" line="51"/>
        <source>(stays in the conversation)</source>
        <translatorcomment>Machine-assisted draft: needs a native reviewer.</translatorcomment>
        <translation>(разговор продолжается)</translation>
    </message>
</context>
</TS>
