/* Saskati seminar page: the participant's phone.
 * Contract with the server: docs/seminar-protocol.md (version 1.5).
 * Server data is only ever written with textContent / setAttribute, never innerHTML. */
(function () {
  'use strict';

  // ---- Interface strings ---------------------------------------------------
  // Every language has the same keys on the same lines (tst_browser checks the keys). {name}-style parts are filled in by t().
  const STRINGS = {
    lv: {
      connecting: 'Notiek savienošanās…', reconnecting: 'Savienojums pārtrūka. Mēģinām vēlreiz…',
      joinTitle: 'Pievienoties semināram', join: 'Pievienoties', joining: 'Pievienojas…',
      pin: 'PIN kods', pinHint: '6 cipari, kas redzami ekrānā.', pinInvalid: 'Ievadiet sešciparu PIN kodu.',
      name: 'Vārds (var nenorādīt)',
      nameHint: 'Ja atstāsiet tukšu, jums piešķirs izdomātu vārdu, piemēram, “Zilā pūce”.',
      role: 'Loma (var nenorādīt)', roleNone: '— nenorādīt —', language: 'Valoda',
      wifiHint: 'Izslēdziet mobilos datus, lai tālrunis paliktu savienots ar telpas Wi-Fi tīklu.',
      'wrong-pin': 'Nepareizs PIN kods. Pārbaudiet to ekrānā.',
      'joining-closed': 'Pievienošanās semināram ir slēgta.',
      'too-many-attempts': 'Pārāk daudz mēģinājumu no šīs ierīces. Pagaidiet vai lūdziet palīdzību lektoram.',
      groups: {
        'deceptive-recruitment': 'Maldinoša vervēšana', 'coercive-recruitment': 'Piespiedu vervēšana',
        'recruitment-abuse-of-vulnerability': 'Vervēšana, izmantojot neaizsargātību',
        'exploitative-conditions': 'Ekspluatējoši darba apstākļi', 'coercion-at-destination': 'Piespiešana galamērķī',
        'abuse-of-vulnerability-at-destination': 'Neaizsargātības izmantošana galamērķī'
      },
      'joining-paused': 'Pievienošanās uz brīdi apturēta. Pagaidiet vai lūdziet lektoram jaunu PIN kodu.',
      'room-full': 'Seminārā vairs nav brīvu vietu. Vērsieties pie lektora.',
      'already-joined': 'Jūs jau esat pievienojies.',
      'unknown-token': 'Lūdzu, pievienojieties vēlreiz.',
      you: 'Jūs: {name}', progress: '{n}. solis no {of}',
      lobbyTitle: 'Jūs esat seminārā', lobbyText: 'Gaidiet lektora norādījumus.', sceneText: 'Klausieties un vērojiet.',
      openTitle: 'Jūsu atbilde', openText: 'Atbildes ir atvērtas. Kamēr tās nav slēgtas, atbildi var mainīt.',
      closedTitle: 'Atbildes slēgtas', closedText: 'Lektors drīz parādīs grupas atbildes.',
      revealedTitle: 'Skatieties ekrānā', revealedText: 'Grupa pārrunā atbildes.',
      endedTitle: 'Paldies!', endedText: 'Scenārijs ir beidzies.',
      seminarEndedTitle: 'Seminārs ir beidzies', seminarEndedText: 'Paldies par dalību! Šo lapu var aizvērt.',
      signsTitle: 'Pazīmes', signsHint: 'Pieskarieties teikumam vai attēla detaļai, kurā saskatāt pazīmi.',
      inPicture: 'Attēlā', flagged: 'Atzīmēts: {name}', choicesTitle: 'Ko jūs darāt?',
      chooserTitle: 'Atzīmēt pazīmi', filter: 'Meklēt rādītāju', somethingWrong: 'Kaut kas nav kārtībā',
      noMatch: 'Nekas netika atrasts.', removeFlag: 'Noņemt atzīmi', cancel: 'Atcelt',
      referralTitle: 'Nosūtīšanas plāns',
      referralHint: 'Pievienojiet iestādes tādā secībā, kādā tās informēsiet, un katrai norādiet steidzamību.',
      institution: 'Iestāde', add: 'Pievienot', allAdded: 'Visas iestādes jau ir plānā.',
      urgency: 'Steidzamība', chooseUrgency: '— izvēlieties —',
      moveUp: 'Pārvietot uz augšu: {name}', moveDown: 'Pārvietot uz leju: {name}', removeStep: 'Noņemt: {name}',
      sendPlan: 'Nosūtīt plānu', planEmpty: 'Plānā vēl nav nevienas iestādes.', planSent: 'Plāns nosūtīts ✓',
      planUnsent: 'Izmaiņas vēl nav nosūtītas.', planNeedsUrgency: 'Norādiet steidzamību katram solim.',
      questionsTitle: 'Jautājumi', multipleHint: 'Var izvēlēties vairākas atbildes.',
      received: 'Atbilde saņemta ✓ {time}', sending: 'Sūta…', closed: 'Atbildes slēgtas.',
      storage: 'Nav saglabāts, mēģiniet vēlreiz.', invalid: 'Tas neizdevās.',
      notConnected: 'Nav savienojuma. Atbilde netika nosūtīta.',
      yourAnswers: 'Jūsu atbildes', yourFlags: 'Atzīmētās pazīmes', yourVote: 'Jūsu izvēle',
      yourPlan: 'Jūsu nosūtīšanas plāns', yourQuestions: 'Atbildes uz jautājumiem',
      noAnswers: 'Šajā solī jūs neatbildējāt.',
      // Knowledge check and take-away (protocol 1.3). The take-away's headings are the printed sheet's (“tu”).
      checkBefore: 'Pirms sākam: pieci jautājumi', checkAfter: 'Pēc semināra: tie paši pieci jautājumi',
      checkBeforeAny: 'Pirms sākam: daži jautājumi', checkAfterAny: 'Pēc semināra: tie paši jautājumi',
      checkText: 'Katram jautājumam izvēlieties vienu atbildi. Kamēr atbildes nav slēgtas, tās var mainīt.',
      checkClosedText: 'Atbildes slēgtas. Skatieties ekrānā.',
      checkCount: 'Atbildēts: {n} no {of}', checkNone: 'Uz šo jautājumu jūs neatbildējāt.',
      takeawayTitle: 'Paņemiet līdzi', takeawayText: 'Saglabājiet šo lapu vai uzņemiet ekrānuzņēmumu.',
      resultTitle: 'Jūsu rezultāts',
      resultBefore: 'Pirms semināra: pareizi {n} no {of}', resultAfter: 'Pēc semināra: pareizi {n} no {of}',
      resultBeforeNone: 'Pirms semināra: nav atbildēts', resultAfterNone: 'Pēc semināra: nav atbildēts',
      rightAnswer: 'Pareizā atbilde:', yourAnswer: 'Jūsu atbilde:', noAnswer: 'nav atbildes',
      markRight: '✓ Pareizi', markWrong: '✗ Nepareizi',
      beforeYouGo: 'Pirms dodies ceļā', whoCanHelp: 'Kas var palīdzēt',
      uncheckedNote: '* Vēl nav apstiprināts iestādē: ja neatbild, zvani 112.'
    },
    en: {
      connecting: 'Connecting…', reconnecting: 'Connection lost. Trying again…',
      joinTitle: 'Join the seminar', join: 'Join', joining: 'Joining…',
      pin: 'PIN', pinHint: 'The 6 digits shown on the screen.', pinInvalid: 'Enter the 6-digit PIN.',
      name: 'Name (optional)',
      nameHint: 'If you leave it empty, you will get a made-up name such as “Blue Owl”.',
      role: 'Role (optional)', roleNone: '— not specified —', language: 'Language',
      wifiHint: 'Switch off mobile data so the phone stays on the room’s Wi-Fi.',
      'wrong-pin': 'Wrong PIN. Check it on the screen.',
      'joining-closed': 'Joining this seminar is closed.',
      'too-many-attempts': 'Too many attempts from this device. Wait, or ask the lecturer for help.',
      // The six ILO/EC dimensions an indicator belongs to (joined.indicators[].group).
      groups: {
        'deceptive-recruitment': 'Deceptive recruitment', 'coercive-recruitment': 'Coercive recruitment',
        'recruitment-abuse-of-vulnerability': 'Recruitment by abuse of vulnerability',
        'exploitative-conditions': 'Exploitative conditions of work', 'coercion-at-destination': 'Coercion at destination',
        'abuse-of-vulnerability-at-destination': 'Abuse of vulnerability at destination'
      },
      'joining-paused': 'Joining is paused for a moment. Wait, or ask the lecturer for a new PIN.',
      'room-full': 'The seminar is full. Please speak to the lecturer.',
      'already-joined': 'You have already joined.',
      'unknown-token': 'Please join again.',
      you: 'You: {name}', progress: 'Step {n} of {of}',
      lobbyTitle: 'You are in', lobbyText: 'Wait for the lecturer.', sceneText: 'Listen and watch.',
      openTitle: 'Your answer', openText: 'Answers are open. You can change your answer until they close.',
      closedTitle: 'Answers closed', closedText: 'The lecturer will show the group’s answers soon.',
      revealedTitle: 'Look at the screen', revealedText: 'The group is discussing the answers.',
      endedTitle: 'Thank you!', endedText: 'The scenario has ended.',
      seminarEndedTitle: 'The seminar has ended', seminarEndedText: 'Thank you for taking part! You may close this page.',
      signsTitle: 'Signs', signsHint: 'Tap a sentence or a detail of the picture where you see a sign.',
      inPicture: 'In the picture', flagged: 'Flagged: {name}', choicesTitle: 'What do you do?',
      chooserTitle: 'Flag a sign', filter: 'Search indicators', somethingWrong: 'Something is wrong',
      noMatch: 'Nothing found.', removeFlag: 'Remove flag', cancel: 'Cancel',
      referralTitle: 'Referral plan',
      referralHint: 'Add the institutions in the order you would inform them, and set the urgency of each.',
      institution: 'Institution', add: 'Add', allAdded: 'All institutions are already in the plan.',
      urgency: 'Urgency', chooseUrgency: '— choose —',
      moveUp: 'Move up: {name}', moveDown: 'Move down: {name}', removeStep: 'Remove: {name}',
      sendPlan: 'Send plan', planEmpty: 'The plan has no institutions yet.', planSent: 'Plan sent ✓',
      planUnsent: 'Changes not sent yet.', planNeedsUrgency: 'Set the urgency of every step.',
      questionsTitle: 'Questions', multipleHint: 'You may choose more than one answer.',
      received: 'Answer received ✓ {time}', sending: 'Sending…', closed: 'Answers are closed.',
      storage: 'Not saved, try again.', invalid: 'That did not go through.',
      notConnected: 'No connection. The answer was not sent.',
      yourAnswers: 'Your answers', yourFlags: 'Signs you flagged', yourVote: 'Your choice',
      yourPlan: 'Your referral plan', yourQuestions: 'Answers to the questions',
      noAnswers: 'You gave no answers at this step.',
      // Knowledge check and take-away (protocol 1.3). The take-away's headings are the printed sheet's.
      checkBefore: 'Before we start: five questions', checkAfter: 'After the seminar: the same five questions',
      checkBeforeAny: 'Before we start: a few questions', checkAfterAny: 'After the seminar: the same questions',
      checkText: 'Choose one answer to each question. You can change it until the answers close.',
      checkClosedText: 'Answers closed. Look at the screen.',
      checkCount: 'Answered {n} of {of}', checkNone: 'You did not answer this question.',
      takeawayTitle: 'Take this with you', takeawayText: 'Keep this page open or take a screenshot.',
      resultTitle: 'Your result',
      resultBefore: 'Before the seminar: {n} of {of} right', resultAfter: 'After the seminar: {n} of {of} right',
      resultBeforeNone: 'Before the seminar: not answered', resultAfterNone: 'After the seminar: not answered',
      rightAnswer: 'Right answer:', yourAnswer: 'Your answer:', noAnswer: 'no answer',
      markRight: '✓ Right', markWrong: '✗ Not right',
      beforeYouGo: 'Before you go', whoCanHelp: 'Who can help',
      uncheckedNote: '* Not yet confirmed with the institution: if it does not answer, call 112.'
    },
    // Russian: a machine-assisted draft that needs a native reviewer (docs/translating.md). Same keys, same lines.
    ru: {
      connecting: 'Подключение…', reconnecting: 'Связь прервалась. Пробуем снова…',
      joinTitle: 'Присоединиться к семинару', join: 'Присоединиться', joining: 'Подключаемся…',
      pin: 'PIN-код', pinHint: '6 цифр, которые видны на экране.', pinInvalid: 'Введите шестизначный PIN-код.',
      name: 'Имя (можно не указывать)',
      nameHint: 'Если оставить поле пустым, вам дадут придуманное имя, например «Синяя сова».',
      role: 'Роль (можно не указывать)', roleNone: '— не указывать —', language: 'Язык',
      wifiHint: 'Отключите мобильные данные, чтобы телефон оставался в Wi-Fi-сети зала.',
      'wrong-pin': 'Неверный PIN-код. Проверьте его на экране.',
      'joining-closed': 'Присоединение к семинару закрыто.',
      'too-many-attempts': 'Слишком много попыток с этого устройства. Подождите или попросите помощи у лектора.',
      groups: {
        'deceptive-recruitment': 'Вербовка обманом', 'coercive-recruitment': 'Вербовка принуждением',
        'recruitment-abuse-of-vulnerability': 'Вербовка с использованием уязвимости',
        'exploitative-conditions': 'Эксплуататорские условия труда', 'coercion-at-destination': 'Принуждение на месте',
        'abuse-of-vulnerability-at-destination': 'Использование уязвимости на месте'
      },
      'joining-paused': 'Присоединение ненадолго приостановлено. Подождите или попросите у лектора новый PIN-код.',
      'room-full': 'На семинаре больше нет свободных мест. Обратитесь к лектору.',
      'already-joined': 'Вы уже присоединились.',
      'unknown-token': 'Пожалуйста, присоединитесь снова.',
      you: 'Вы: {name}', progress: 'Шаг {n} из {of}',
      lobbyTitle: 'Вы на семинаре', lobbyText: 'Ждите указаний лектора.', sceneText: 'Слушайте и наблюдайте.',
      openTitle: 'Ваш ответ', openText: 'Ответы открыты. Пока они не закрыты, ответ можно изменить.',
      closedTitle: 'Ответы закрыты', closedText: 'Лектор скоро покажет ответы группы.',
      revealedTitle: 'Смотрите на экран', revealedText: 'Группа обсуждает ответы.',
      endedTitle: 'Спасибо!', endedText: 'Сценарий закончился.',
      seminarEndedTitle: 'Семинар закончился', seminarEndedText: 'Спасибо за участие! Эту страницу можно закрыть.',
      signsTitle: 'Признаки', signsHint: 'Коснитесь фразы или детали на картинке, в которой вы видите признак.',
      inPicture: 'На картинке', flagged: 'Отмечено: {name}', choicesTitle: 'Что вы делаете?',
      chooserTitle: 'Отметить признак', filter: 'Искать индикатор', somethingWrong: 'Что-то не так',
      noMatch: 'Ничего не найдено.', removeFlag: 'Снять отметку', cancel: 'Отмена',
      referralTitle: 'План направления',
      referralHint: 'Добавьте учреждения в том порядке, в котором вы их известите, и укажите срочность для каждого.',
      institution: 'Учреждение', add: 'Добавить', allAdded: 'Все учреждения уже в плане.',
      urgency: 'Срочность', chooseUrgency: '— выберите —',
      moveUp: 'Переместить вверх: {name}', moveDown: 'Переместить вниз: {name}', removeStep: 'Убрать: {name}',
      sendPlan: 'Отправить план', planEmpty: 'В плане пока нет ни одного учреждения.', planSent: 'План отправлен ✓',
      planUnsent: 'Изменения ещё не отправлены.', planNeedsUrgency: 'Укажите срочность для каждого шага.',
      questionsTitle: 'Вопросы', multipleHint: 'Можно выбрать несколько ответов.',
      received: 'Ответ получен ✓ {time}', sending: 'Отправка…', closed: 'Ответы закрыты.',
      storage: 'Не сохранено, попробуйте ещё раз.', invalid: 'Это не удалось.',
      notConnected: 'Нет связи. Ответ не отправлен.',
      yourAnswers: 'Ваши ответы', yourFlags: 'Отмеченные признаки', yourVote: 'Ваш выбор',
      yourPlan: 'Ваш план направления', yourQuestions: 'Ответы на вопросы',
      noAnswers: 'На этом шаге вы не ответили.',
      // The take-away's headings are the printed sheet's (saskati_ru.ts).
      checkBefore: 'Прежде чем начать: пять вопросов', checkAfter: 'После семинара: те же пять вопросов',
      checkBeforeAny: 'Прежде чем начать: несколько вопросов', checkAfterAny: 'После семинара: те же вопросы',
      checkText: 'На каждый вопрос выберите один ответ. Пока ответы не закрыты, их можно изменить.',
      checkClosedText: 'Ответы закрыты. Смотрите на экран.',
      checkCount: 'Отвечено: {n} из {of}', checkNone: 'На этот вопрос вы не ответили.',
      takeawayTitle: 'Возьмите с собой', takeawayText: 'Сохраните эту страницу или сделайте снимок экрана.',
      resultTitle: 'Ваш результат',
      resultBefore: 'До семинара: верно {n} из {of}', resultAfter: 'После семинара: верно {n} из {of}',
      resultBeforeNone: 'До семинара: нет ответа', resultAfterNone: 'После семинара: нет ответа',
      rightAnswer: 'Верный ответ:', yourAnswer: 'Ваш ответ:', noAnswer: 'нет ответа',
      markRight: '✓ Верно', markWrong: '✗ Неверно',
      beforeYouGo: 'Перед отъездом', whoCanHelp: 'Кто может помочь',
      uncheckedNote: '* Ещё не подтверждено учреждением: если там не отвечают, звоните 112.'
    }
  };

  const TOKEN_KEY = 'saskati.token', LANG_KEY = 'saskati.lang';
  const PING_MS = 20000, PONG_TIMEOUT_MS = 10000, MAX_BACKOFF_MS = 10000, MAX_PLAN = 20;
  const REJECTED = { closed: 'closed', storage: 'storage', invalid: 'invalid', malformed: 'invalid', 'not-joined': 'invalid' };

  // ---- Page state ----------------------------------------------------------
  const app = {
    lang: 'lv', ws: null, attempt: 0, retryTimer: null, pingTimer: null, pongTimer: null,
    welcome: null, joined: false, resuming: false, joining: false, joinError: null, name: '', indicators: [],
    state: null, answers: { flags: {}, vote: null, referral: null, answers: {} }, decisionId: null, renderKey: null,
    plan: [], planDirty: false, planNote: null, chooserTarget: null, status: null,
    checkAnswers: {}, // the knowledge check: question id -> option id, as the server holds them (protocol 1.3)
    endedKey: null, // the take-away shown under "the seminar has ended"
    bodyView: null, // what #body shows (a phase, or a check round's phase and round): scrolled to the top when new
    finished: false // the lecturer ended the seminar: no more reconnecting
  };

  // ---- Small helpers -------------------------------------------------------
  const $ = (id) => document.getElementById(id);

  function t(key, vars) {
    let s = STRINGS[app.lang][key];
    if (s === undefined) s = STRINGS.en[key] !== undefined ? STRINGS.en[key] : key;
    if (vars) Object.keys(vars).forEach((k) => { s = s.split('{' + k + '}').join(String(vars[k])); });
    return s;
  }

  // Creates an element; text children become text nodes (never parsed as HTML).
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.keys(props || {}).forEach((k) => {
      const v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    children.forEach((c) => { if (c !== null && c !== undefined && c !== false) node.append(c); });
    return node;
  }

  const str = (v) => (typeof v === 'string' ? v : '');
  const arr = (v) => (Array.isArray(v) ? v : []);
  const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  function normAnswers(a) {
    a = obj(a);
    return { flags: obj(a.flags), vote: typeof a.vote === 'string' ? a.vote : null,
      referral: Array.isArray(a.referral) ? a.referral : null, answers: obj(a.answers) };
  }

  function storage(op, key, value) {
    try {
      if (op === 'get') return localStorage.getItem(key);
      if (op === 'set') localStorage.setItem(key, value);
      if (op === 'del') localStorage.removeItem(key);
    } catch (e) { /* private mode: live without storage */ }
    return null;
  }

  function focusKey(key) {
    const node = key && document.querySelector('[data-key="' + CSS.escape(key) + '"]');
    if (node && !node.disabled) node.focus();
  }

  // ---- Connection: connect, reconnect with backoff, keep alive -------------
  function connect() {
    clearTimeout(app.retryTimer);
    app.retryTimer = null;
    if (app.finished) return;
    if (app.ws && app.ws.readyState >= WebSocket.CLOSING) dropSocket();
    if (app.ws) return;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    let ws;
    try { ws = new WebSocket(`${scheme}://${location.host}/ws`); } catch (e) { scheduleReconnect(); return; }
    app.ws = ws;
    ws.onopen = () => onOpen(ws);
    ws.onmessage = (ev) => onMessage(ws, ev);
    ws.onclose = () => onClose(ws);
    ws.onerror = () => { /* onclose follows */ };
  }

  function onOpen(ws) {
    if (app.ws !== ws) return;
    renderConn();
    clearInterval(app.pingTimer);
    app.pingTimer = setInterval(checkLine, PING_MS);
    const token = storage('get', TOKEN_KEY);
    if (token) { app.resuming = true; send({ type: 'resume', token: token }); }
    // A new connection starts in Latvian: a page in English asks for English texts (roles) at once.
    else if (app.lang !== 'lv') send({ type: 'language', language: app.lang });
  }

  function onMessage(ws, ev) {
    if (app.ws !== ws) return;
    clearTimeout(app.pongTimer); // any message shows the line is alive
    let msg;
    try { msg = JSON.parse(ev.data); } catch (e) { return; }
    const handler = msg && typeof msg === 'object' && HANDLERS[msg.type];
    if (handler) handler(msg);
  }

  function onClose(ws) {
    if (app.ws !== ws) return;
    app.ws = null;
    app.joined = app.resuming = app.joining = false;
    clearInterval(app.pingTimer);
    clearTimeout(app.pongTimer);
    if (!app.finished) scheduleReconnect();
    render();
  }

  // A socket that is closing but has not said so yet: forget it and start afresh.
  function dropSocket() {
    const old = app.ws;
    app.ws = null;
    app.joined = app.resuming = app.joining = false;
    clearInterval(app.pingTimer);
    clearTimeout(app.pongTimer);
    try { old.close(); } catch (e) { /* already gone */ }
  }

  // Ping; a socket that stays silent for 10 s after it (a phone back from sleep) is replaced.
  function checkLine() {
    if (!send({ type: 'ping' })) return;
    clearTimeout(app.pongTimer);
    app.pongTimer = setTimeout(() => { dropSocket(); connect(); render(); }, PONG_TIMEOUT_MS);
  }

  function scheduleReconnect() {
    if (app.retryTimer) return;
    const delay = Math.min(1000 * Math.pow(2, app.attempt), MAX_BACKOFF_MS);
    app.attempt += 1;
    app.retryTimer = setTimeout(connect, delay);
  }

  function isOpen() { return app.ws && app.ws.readyState === WebSocket.OPEN; }

  function send(msg) {
    if (!isOpen()) return false;
    app.ws.send(JSON.stringify(msg));
    return true;
  }

  // An answer: sent at once; the display follows the server's `received`.
  function sendAnswer(msg) {
    if (send(msg)) setStatus('sending');
    else setStatus('notConnected', 'bad');
  }

  // ---- Messages from the server --------------------------------------------
  const HANDLERS = {
    welcome(msg) {
      app.welcome = msg;
      app.attempt = 0; // the line works: the next drop starts at 1 s again
      fillRoles();
      render();
    },
    joined(msg) {
      const resumed = app.resuming;
      if (str(msg.token)) storage('set', TOKEN_KEY, msg.token);
      app.joined = true;
      app.resuming = app.joining = false;
      app.joinError = null;
      app.name = str(msg.name);
      app.indicators = arr(msg.indicators).filter((i) => i && typeof i.id === 'string');
      if (resumed) send({ type: 'language', language: app.lang });
      render();
    },
    state(msg) {
      // "Answer received" belongs to the open decision (or the open check): once answers close it goes.
      const answering = str(msg.phase) === 'open' || str(msg.phase) === 'check';
      if (!answering || (app.state && app.state.phase !== msg.phase)) app.status = null;
      app.state = msg;
      app.answers = normAnswers(msg.answers);
      app.checkAnswers = obj(obj(msg.check).answers);
      render();
    },
    received(msg) {
      app.answers = normAnswers(msg.answers);
      if (has(msg, 'checkAnswers')) app.checkAnswers = obj(msg.checkAnswers);
      syncPlanFromServer();
      app.status = { key: 'received', time: new Date(), kind: 'ok' };
      render();
    },
    rejected(msg) {
      const reason = str(msg.reason);
      if (reason === 'not-joined' && storage('get', TOKEN_KEY)) {
        app.resuming = true;
        send({ type: 'resume', token: storage('get', TOKEN_KEY) });
      }
      app.status = { key: REJECTED[reason] || 'invalid', kind: 'bad' };
      render(); // puts the inputs back to what the server holds
    },
    error(msg) {
      const code = str(msg.code);
      if (code === 'unknown-token') {
        storage('del', TOKEN_KEY);
        app.state = app.decisionId = null;
      }
      app.joined = app.resuming = app.joining = false;
      app.joinError = STRINGS[app.lang][code] ? { key: code } : { text: str(msg.message) || code };
      render();
    },
    pong() {},
    // The lecturer left the seminar: say so and stop; the token is of no further use.
    'seminar-ended'() {
      app.finished = true;
      storage('del', TOKEN_KEY);
      clearTimeout(app.retryTimer);
      app.retryTimer = null;
      closeChooser();
      app.status = null;
      render();
    }
  };

  // ---- Join form -------------------------------------------------------------
  function fillRoles() {
    const select = $('role');
    const current = select.value;
    select.textContent = '';
    select.append(el('option', { value: '', 'data-i18n': 'roleNone' }, t('roleNone')));
    arr(app.welcome && app.welcome.roles).forEach((r) => {
      if (r && typeof r.id === 'string') select.append(el('option', { value: r.id }, str(r.name) || r.id));
    });
    select.value = current;
    if (select.value !== current) select.value = '';
    $('seminar-title').textContent = str(app.welcome && app.welcome.seminar);
  }

  function onJoinSubmit(ev) {
    ev.preventDefault();
    const pin = $('pin').value.replace(/\D/g, '');
    $('pin').value = pin;
    app.joinError = null;
    if (/^\d{6}$/.test(pin)) {
      app.joining = send({ type: 'join', pin: pin, name: $('name').value.trim().slice(0, 40),
        role: $('role').value, language: app.lang });
      if (!app.joining) app.joinError = { key: 'notConnected' };
    } else app.joinError = { key: 'pinInvalid' };
    render();
    if (app.joinError) $('pin').focus();
  }

  // ---- Language ----------------------------------------------------------------
  function setLanguage(lang) {
    if (!STRINGS[lang] || lang === app.lang) return;
    app.lang = lang;
    storage('set', LANG_KEY, lang);
    // Before joining the server answers with a new welcome (roles in this language), after it with new texts.
    send({ type: 'language', language: lang });
    app.renderKey = null;
    render();
  }

  function renderStatic() {
    document.documentElement.lang = app.lang;
    document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.getAttribute('data-i18n')); });
    document.querySelectorAll('.lang button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === app.lang));
    });
    $('join-lang').value = app.lang;
  }

  // ---- Rendering: which view, header, connection, status --------------------------
  function render() {
    renderStatic();
    renderConn();
    const token = storage('get', TOKEN_KEY);
    const view = app.finished ? 'ended'
      : (app.state || app.joined) && token ? 'main' : (app.welcome && !app.resuming ? 'join' : 'connecting');
    $('view-ended').hidden = view !== 'ended';
    $('view-connecting').hidden = view !== 'connecting';
    $('view-join').hidden = view !== 'join';
    $('view-main').hidden = view !== 'main';
    $('who').hidden = !(view === 'main' && app.name);
    $('who').textContent = app.name ? t('you', { name: app.name }) : '';
    if (view === 'join') renderJoin();
    if (view === 'main') renderMain();
    renderEndedTakeaway(view === 'ended');
    renderStatus();
  }

  function renderConn() {
    const down = !app.finished && !isOpen() && (app.state || app.welcome);
    $('conn').hidden = !down;
    $('conn').textContent = down ? t('reconnecting') : '';
  }

  function renderJoin() {
    const err = app.joinError;
    $('join-error').hidden = !err;
    $('join-error').textContent = err ? (err.key ? t(err.key) : err.text) : '';
    $('join').disabled = app.joining;
    $('join').textContent = t(app.joining ? 'joining' : 'join');
  }

  function setStatus(key, kind) {
    app.status = { key: key, kind: kind || '' };
    renderStatus();
  }

  function renderStatus() {
    const s = app.status;
    const node = $('status');
    node.className = s ? s.kind : '';
    if (!s || $('view-main').hidden) { node.textContent = ''; return; }
    const locale = { lv: 'lv-LV', en: 'en-GB', ru: 'ru-RU' }[app.lang] || 'en-GB';
    const time = s.time ? s.time.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
    node.textContent = t(s.key, { time: time });
  }

  // ---- Main view by phase --------------------------------------------------------
  // Per phase: [title string, text string]; scene and open use the decision's title when there is one.
  const PHASES = { lobby: ['lobbyTitle', 'lobbyText'], scene: [null, 'sceneText'], open: ['openTitle', 'openText'],
    closed: ['closedTitle', 'closedText'], revealed: ['revealedTitle', 'revealedText'], ended: ['endedTitle', 'endedText'],
    // Protocol 1.3: check and check-closed are titled by their round (checkTitle()).
    check: [null, 'checkText'], 'check-closed': [null, 'checkClosedText'], takeaway: ['takeawayTitle', 'takeawayText'] };

  function renderMain() {
    const s = app.state || {};
    const phase = str(s.phase);
    if (phase !== 'open') closeChooser();
    const d = s.decision && typeof s.decision === 'object' ? s.decision : null;
    if (d && d.id !== app.decisionId) resetDecision(d);

    const p = obj(s.progress);
    $('progress').hidden = !(p.step && p.of);
    $('progress').textContent = p.step && p.of ? t('progress', { n: p.step, of: p.of }) : '';
    $('scenario').textContent = str(s.scenario);

    const texts = PHASES[phase] || [null, null];
    const title = (phase === 'scene' || phase === 'open') && d && str(d.title) ? d.title
      : (phase === 'check' || phase === 'check-closed') ? checkTitle(obj(s.check)) : null;
    $('phase-title').textContent = title || (texts[0] ? t(texts[0]) : str(s.scenario));
    $('phase').setAttribute('data-phase', phase);
    $('phase').textContent = texts[1] ? t(texts[1]) : (phase || t('connecting'));

    renderBody(phase, d);
  }

  function resetDecision(d) {
    app.decisionId = d.id;
    app.plan = arr(app.answers.referral).map((s) => ({ institution: s.institution, urgency: s.urgency }));
    app.planDirty = false;
    app.planNote = app.status = app.renderKey = null;
    closeChooser();
    window.scrollTo(0, 0);
  }

  // Rebuilds the decision only when it changed; own answers are applied every time.
  function renderBody(phase, d) {
    const body = $('body');
    const check = obj(app.state && app.state.check);
    const view = phase === 'check' || phase === 'check-closed' ? phase + ':' + str(check.round) : phase;
    if (view !== app.bodyView) {
      app.bodyView = view;
      if (phase === 'check' || phase === 'check-closed' || phase === 'takeaway') window.scrollTo(0, 0);
    }
    if ((phase === 'check' || phase === 'check-closed') && arr(check.questions).length) {
      rebuildBody(JSON.stringify(['check', phase, check.round, check.questions, app.lang]), () => buildCheck(check, phase));
      applyCheckAnswers();
    } else if (phase === 'takeaway') {
      rebuildBody(JSON.stringify(['takeaway', app.state.takeaway, app.state.result, app.lang]), buildTakeawayPage);
    } else if (phase === 'open' && d) {
      const key = JSON.stringify([d, app.lang]);
      if (key !== app.renderKey) {
        const focused = document.activeElement && document.activeElement.getAttribute('data-key');
        app.renderKey = key;
        body.textContent = '';
        body.append(buildDecision(d));
        renderPlan();
        focusKey(focused);
      }
      applyAnswers();
    } else {
      app.renderKey = null;
      body.textContent = '';
      if ((phase === 'closed' || phase === 'revealed') && d) body.append(buildSummary(d, app.answers));
    }
  }

  // Replaces #body's content when `key` changed, keeping the focused control (found again by its data-key).
  function rebuildBody(key, build) {
    if (key === app.renderKey) return;
    const body = $('body');
    const focused = document.activeElement && document.activeElement.getAttribute('data-key');
    app.renderKey = key;
    body.textContent = '';
    body.append(build());
    focusKey(focused);
  }

  function buildDecision(d) {
    const frag = document.createDocumentFragment();
    const segments = arr(d.segments), hotspots = arr(d.hotspots);
    if (segments.length || hotspots.length) {
      const list = el('div', { class: 'targets' });
      if (d.presentation === 'chat') list.classList.add('chat');
      // A chat's message: its sender and time once, above its first part (version 1.2).
      let lastLine = null;
      segments.forEach((s) => {
        const target = buildTarget(s.id, d.presentation === 'chat' ? '' : str(s.speaker), str(s.text), false);
        if (d.presentation === 'chat') {
          target.classList.add('message');
          if (s.own === true) target.classList.add('own');
          if (s.line !== lastLine) {
            const who = [str(s.speaker), str(s.time)].filter((x) => x).join(' · ');
            if (who) list.append(el('p', { class: 'sender' + (s.own === true ? ' own' : '') }, who));
          }
          // The message's photo (version 1.4): above its text, described by its alt for a screen reader.
          const photo = obj(s.photo);
          if (str(photo.src).startsWith('/photo/')) {
            list.append(el('img', {
              class: 'photo' + (s.own === true ? ' own' : ''), src: photo.src, alt: str(photo.alt),
              'data-testid': 'photo-' + str(s.line), decoding: 'async'
            }));
          }
          lastLine = s.line;
        }
        list.append(target);
      });
      hotspots.forEach((h) => list.append(buildTarget(h.id, '', str(h.label), true)));
      frag.append(card(t('signsTitle'), el('p', { class: 'section-hint' }, t('signsHint')), list));
    }
    if (d.kind === 'referral') frag.append(buildReferral(d));
    if (d.kind === 'assessment' && arr(d.questions).length) frag.append(buildQuestions(d));
    const choices = arr(d.choices);
    if (choices.length) {
      const group = el('div', { role: 'group', 'aria-label': t('choicesTitle') }, ...choices.map(buildChoice));
      frag.append(card(t('choicesTitle'), group));
    }
    return frag;
  }

  function card(title, ...children) {
    return el('section', { class: 'card' }, el('h2', null, title), ...children);
  }

  // ---- Segments and hotspots: flagging ---------------------------------------
  function buildTarget(id, speaker, text, isHotspot) {
    return el('button', {
      type: 'button', class: 'target', 'data-target': id, 'data-key': 'target-' + id,
      'data-testid': 'target-' + id, onclick: () => openChooser(id, text)
    },
    isHotspot ? el('span', { class: 'tag' }, t('inPicture')) : null,
    speaker ? el('strong', null, speaker + ': ') : null,
    text,
    el('span', { class: 'flag-label' }));
  }

  function indicatorName(id) {
    if (!id) return t('somethingWrong');
    const found = app.indicators.find((i) => i.id === id);
    return found ? str(found.name) || id : id;
  }

  // ---- Choices (vote) ------------------------------------------------------------
  function buildChoice(c) {
    return el('button', {
      type: 'button', class: 'choice', 'data-choice': c.id, 'data-key': 'choice-' + c.id,
      'data-testid': 'choice-' + c.id, 'aria-pressed': 'false',
      onclick: () => sendAnswer({ type: 'vote', choice: c.id })
    }, el('span', { class: 'radio', 'aria-hidden': 'true' }), el('span', null, str(c.text)));
  }

  // ---- Referral composer -------------------------------------------------------
  function buildReferral(d) {
    const section = card(t('referralTitle'), el('p', { class: 'section-hint' }, t('referralHint')));
    section.append(
      el('ol', { id: 'plan', class: 'plan' }),
      el('p', { id: 'plan-empty', class: 'muted' }, t('planEmpty')),
      el('label', { for: 'add-institution' }, t('institution')),
      el('div', { class: 'add-row' },
        el('select', { id: 'add-institution', 'data-key': 'add-institution' }),
        el('button', { type: 'button', class: 'secondary', id: 'add-button', 'data-key': 'add', onclick: addStep }, t('add'))),
      el('button', { type: 'button', class: 'primary', 'data-key': 'send-plan', 'data-testid': 'send-plan', onclick: sendPlan }, t('sendPlan')),
      el('p', { id: 'plan-state', class: 'plan-state', 'aria-live': 'polite' }));
    return section;
  }

  const nameOf = (list, id) => { const f = arr(list).find((x) => x && x.id === id); return f ? str(f.name) || id : id; };
  const currentDecision = () => obj(app.state && app.state.decision);

  function renderPlan() {
    const d = currentDecision();
    const ol = $('plan');
    if (!ol) return;
    const focused = ol.contains(document.activeElement) ? document.activeElement.getAttribute('data-key') : null;
    ol.textContent = '';
    app.plan.forEach((step, i) => ol.append(buildStep(d, step, i)));
    $('plan-empty').hidden = app.plan.length > 0;

    const select = $('add-institution');
    const free = arr(d.institutions).filter((x) => x && !app.plan.some((s) => s.institution === x.id));
    select.textContent = '';
    free.forEach((x) => select.append(el('option', { value: x.id }, str(x.name) || x.id)));
    if (!free.length) select.append(el('option', { value: '' }, t('allAdded')));
    select.disabled = !free.length || app.plan.length >= MAX_PLAN;
    $('add-button').disabled = select.disabled;
    focusKey(focused);
    renderPlanState();
  }

  function buildStep(d, step, i) {
    const name = nameOf(d.institutions, step.institution);
    const selectId = 'urgency-' + i;
    const urgency = el('select', { id: selectId, 'data-key': 'urgency-' + step.institution,
      onchange: (ev) => { step.urgency = ev.target.value; planChanged(); } },
    el('option', { value: '' }, t('chooseUrgency')),
    ...arr(d.urgencies).map((u) => el('option', { value: u.id }, str(u.name) || u.id)));
    urgency.value = step.urgency || '';
    const tool = (label, key, disabled, fn) => el('button', {
      type: 'button', class: 'small', 'data-key': key + '-' + step.institution, 'aria-label': t(label, { name: name }),
      disabled: disabled, onclick: fn
    }, { moveUp: '↑', moveDown: '↓', removeStep: '✕' }[label]);
    return el('li', null,
      el('div', { class: 'step-name' }, name),
      el('label', { for: selectId }, t('urgency')), urgency,
      el('div', { class: 'step-tools' },
        tool('moveUp', 'up', i === 0, () => moveStep(i, -1, 'up')),
        tool('moveDown', 'down', i === app.plan.length - 1, () => moveStep(i, 1, 'down')),
        tool('removeStep', 'remove', false, () => removeStep(i))));
  }

  function addStep() {
    const id = $('add-institution').value;
    if (!id || app.plan.length >= MAX_PLAN) return;
    app.plan.push({ institution: id, urgency: '' });
    planChanged();
    focusKey('urgency-' + id);
  }

  function moveStep(i, delta, key) {
    const j = i + delta;
    if (j < 0 || j >= app.plan.length) return;
    const step = app.plan[i];
    [app.plan[i], app.plan[j]] = [app.plan[j], step];
    planChanged();
    focusKey(key + '-' + step.institution);
    if (!document.activeElement || document.activeElement === document.body) focusKey('urgency-' + step.institution);
  }

  function removeStep(i) {
    app.plan.splice(i, 1);
    planChanged();
    focusKey('add-institution');
  }

  function planChanged() {
    app.planDirty = true;
    app.planNote = null;
    renderPlan();
  }

  function sendPlan() {
    if (app.plan.some((s) => !s.urgency)) {
      app.planNote = 'planNeedsUrgency';
      renderPlanState();
      return;
    }
    sendAnswer({ type: 'referral', plan: app.plan.map((s) => ({ institution: s.institution, urgency: s.urgency })) });
  }

  const samePlan = (a, b) => Array.isArray(a) && Array.isArray(b) && a.length === b.length &&
    a.every((s, i) => s.institution === b[i].institution && s.urgency === b[i].urgency);

  // The server is the truth: take its plan unless the participant is editing.
  function syncPlanFromServer() {
    const server = app.answers.referral;
    if (samePlan(app.plan, server)) app.planDirty = false;
    if (!app.planDirty && server && !samePlan(app.plan, server)) {
      app.plan = server.map((s) => ({ institution: s.institution, urgency: s.urgency }));
      renderPlan();
    }
  }

  function renderPlanState() {
    const node = $('plan-state');
    if (!node) return;
    const sent = samePlan(app.plan, app.answers.referral);
    const key = app.planNote || (sent ? 'planSent' : (app.planDirty ? 'planUnsent' : ''));
    node.className = 'plan-state' + (sent && !app.planNote ? ' ok' : '');
    node.textContent = key ? t(key) : '';
  }

  // ---- Assessment questions --------------------------------------------------------
  function buildQuestions(d) {
    const section = card(t('questionsTitle'));
    arr(d.questions).forEach((q) => {
      // The protocol says single | multiple; a raw scenario kind "dimensions" is multi-select too.
      const multiple = q.kind === 'multiple' || q.kind === 'dimensions';
      const fs = el('fieldset', { class: 'question', 'data-question': q.id },
        el('legend', null, str(q.prompt)),
        multiple ? el('p', { class: 'hint' }, t('multipleHint')) : null);
      arr(q.options).forEach((o) => {
        const input = el('input', {
          type: multiple ? 'checkbox' : 'radio', name: 'q-' + q.id, value: o.id,
          'data-key': 'q-' + q.id + '-' + o.id, 'data-testid': 'option-' + q.id + '-' + o.id,
          onchange: () => sendQuestion(fs, q.id)
        });
        fs.append(el('label', { class: 'option' }, input, el('span', null, str(o.text))));
      });
      section.append(fs);
    });
    return section;
  }

  function sendQuestion(fieldset, questionId) {
    const options = Array.from(fieldset.querySelectorAll('input:checked')).map((i) => i.value);
    sendAnswer({ type: 'answer', question: questionId, options: options });
  }

  // ---- Applying the server's answers to the open decision ---------------------------
  function applyAnswers() {
    const a = app.answers;
    document.querySelectorAll('#body .target').forEach((b) => {
      const id = b.getAttribute('data-target');
      const flagged = has(a.flags, id);
      b.classList.toggle('flagged', flagged);
      b.querySelector('.flag-label').textContent = flagged ? t('flagged', { name: indicatorName(str(a.flags[id])) }) : '';
    });
    document.querySelectorAll('#body .choice').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-choice') === a.vote));
    });
    document.querySelectorAll('#body fieldset.question').forEach((fs) => {
      const chosen = arr(a.answers[fs.getAttribute('data-question')]);
      fs.querySelectorAll('input').forEach((i) => { i.checked = chosen.indexOf(i.value) >= 0; });
    });
    renderPlanState();
  }

  // ---- Read-only summary (closed, revealed) ----------------------------------------
  function buildSummary(d, a) {
    const section = el('section', { class: 'card summary' }, el('h2', null, t('yourAnswers')));
    const part = (title, node) => section.append(el('h3', null, t(title)), node);
    const asNames = (list, field) => arr(list).map((x) => ({ id: x.id, name: x[field] }));
    const targets = asNames(d.hotspots, 'label').concat(arr(d.segments).map((s) =>
      ({ id: s.id, name: (s.speaker ? s.speaker + ': ' : '') + str(s.text) })));
    const flagIds = Object.keys(a.flags);
    if (flagIds.length) {
      part('yourFlags', el('ul', null, ...flagIds.map((id) => el('li', null, nameOf(targets, id), ' — ',
        el('span', { class: 'ind' }, indicatorName(str(a.flags[id])))))));
    }
    if (a.vote) part('yourVote', el('p', null, nameOf(asNames(d.choices, 'text'), a.vote)));
    if (a.referral && a.referral.length) {
      part('yourPlan', el('ol', null, ...a.referral.map((s) => el('li', null,
        nameOf(d.institutions, s.institution), ' — ', nameOf(d.urgencies, s.urgency)))));
    }
    const qs = arr(d.questions).filter((q) => arr(a.answers[q.id]).length);
    if (qs.length) {
      part('yourQuestions', el('ul', null, ...qs.map((q) => el('li', null, el('strong', null, str(q.prompt)), ' ',
        arr(a.answers[q.id]).map((id) => nameOf(asNames(q.options, 'text'), id)).join('; ')))));
    }
    if (section.children.length === 1) section.append(el('p', { class: 'muted' }, t('noAnswers')));
    return section;
  }

  // ---- Knowledge check (protocol 1.3) --------------------------------------------------
  // The title names five questions, as the seminar asks five; another number gets a title without one.
  function checkTitle(check) {
    const after = check.round === 'after';
    const five = arr(check.questions).length === 5;
    return t(after ? (five ? 'checkAfter' : 'checkAfterAny') : (five ? 'checkBefore' : 'checkBeforeAny'));
  }

  // Each question's options as big buttons; one may be chosen. In check-closed they are shown, not tappable.
  function buildCheck(check, phase) {
    const closed = phase === 'check-closed';
    const section = el('section', { id: 'check', class: 'card check' + (closed ? ' closed' : ''),
      'data-round': str(check.round), 'data-testid': 'check' },
    el('p', { id: 'check-count', class: 'check-count', 'data-testid': 'check-count' }));
    arr(check.questions).forEach((q, i) => {
      if (!q || typeof q.id !== 'string') return;
      const legendId = 'check-q-' + i;
      const group = el('div', { class: 'check-question', role: 'group', 'aria-labelledby': legendId,
        'data-question': q.id },
      el('h2', { id: legendId, class: 'check-prompt' }, str(q.text)));
      arr(q.options).forEach((o) => {
        if (!o || typeof o.id !== 'string') return;
        group.append(el('button', {
          type: 'button', class: 'check-option', 'data-question': q.id, 'data-option': o.id,
          'data-key': 'check-' + q.id + '-' + o.id, 'data-testid': 'check-option-' + q.id + '-' + o.id,
          'aria-pressed': 'false', disabled: closed,
          onclick: () => sendAnswer({ type: 'checkAnswer', question: q.id, option: o.id })
        }, el('span', { class: 'radio', 'aria-hidden': 'true' }), el('span', null, str(o.text))));
      });
      if (closed) group.append(el('p', { class: 'check-none muted', hidden: true }, t('checkNone')));
      section.append(group);
    });
    return section;
  }

  // The server's answers (state.check.answers, then received.checkAnswers): the chosen option is pressed.
  function applyCheckAnswers() {
    const a = app.checkAnswers;
    let answered = 0, of = 0;
    document.querySelectorAll('#check .check-question').forEach((group) => {
      const q = group.getAttribute('data-question');
      const chosen = has(a, q) ? str(a[q]) : '';
      let found = false;
      group.querySelectorAll('.check-option').forEach((b) => {
        const pressed = chosen !== '' && b.getAttribute('data-option') === chosen;
        found = found || pressed;
        b.setAttribute('aria-pressed', String(pressed));
      });
      of += 1;
      if (found) answered += 1;
      const none = group.querySelector('.check-none');
      if (none) none.hidden = found;
    });
    const count = $('check-count');
    if (count) count.textContent = t('checkCount', { n: answered, of: of });
  }

  // ---- Take-away (protocol 1.3): the own result, then the sheet ------------------------
  function buildTakeawayPage() {
    const frag = document.createDocumentFragment();
    const s = app.state || {};
    if (s.result && typeof s.result === 'object') frag.append(buildResult(s.result));
    if (s.takeaway && typeof s.takeaway === 'object') frag.append(buildTakeaway(s.takeaway));
    return frag;
  }

  const num = (v) => (typeof v === 'number' && isFinite(v) ? v : null);

  function buildResult(r) {
    const of = num(r.of);
    const score = (round, key, n) => el('p', { class: 'score', 'data-round': round },
      n === null ? t(key + 'None') : t(key, { n: n, of: of === null ? '?' : of }));
    const section = el('section', { id: 'result', class: 'card result', 'data-testid': 'result' },
      el('h2', null, t('resultTitle')),
      score('before', 'resultBefore', num(r.before)), score('after', 'resultAfter', num(r.after)));
    const items = arr(r.questions).filter((q) => q && typeof q === 'object').map((q) => {
      const yours = typeof q.yours === 'string' ? q.yours : null;
      const right = yours !== null && q.right === true;
      return el('li', { class: 'result-question' + (yours === null ? '' : (right ? ' right' : ' wrong')) },
        el('p', { class: 'result-prompt' }, str(q.text)),
        yours === null ? null : el('p', { class: 'mark' }, t(right ? 'markRight' : 'markWrong')),
        el('p', null, el('span', { class: 'label' }, t('yourAnswer')), ' ',
          yours === null ? el('span', { class: 'muted' }, t('noAnswer')) : yours),
        right ? null : el('p', null, el('span', { class: 'label' }, t('rightAnswer')), ' ', str(q.answer)),
        str(q.explanation) ? el('p', { class: 'explanation' }, q.explanation) : null);
    });
    if (items.length) section.append(el('ol', { class: 'result-questions' }, ...items));
    return section;
  }

  // A number to dial: digits and + only (protocol 1.3); none when nothing is left.
  const telHref = (phone) => { const n = phone.replace(/[^0-9+]/g, ''); return n ? 'tel:' + n : null; };

  function buildTakeaway(tk) {
    const section = el('section', { id: 'takeaway', class: 'card takeaway', 'data-testid': 'takeaway' },
      el('h2', null, str(tk.title)),
      str(tk.intro) ? el('p', { class: 'intro' }, tk.intro) : null);
    const steps = arr(tk.steps).filter((x) => x && typeof x === 'object');
    if (steps.length) {
      section.append(el('h3', null, t('beforeYouGo')), el('ul', { class: 'checklist' }, ...steps.map((x) =>
        el('li', null, el('strong', null, str(x.name)), str(x.description) ? el('span', null, x.description) : null))));
    }
    let unchecked = false;
    const lines = arr(tk.help).filter((x) => x && typeof x === 'object').map((h) => {
      const phone = str(h.phone).trim();
      const href = phone ? telHref(phone) : null;
      const mark = phone && h.checked !== true; // only a confirmed number goes without the *
      unchecked = unchecked || mark;
      return el('li', { class: 'help-line' },
        el('strong', { class: 'help-name' }, str(h.name)),
        phone ? el('p', { class: 'help-phone' },
          href ? el('a', { class: 'tel', href: href, 'data-key': href }, phone) : el('span', { class: 'tel' }, phone),
          mark ? el('span', { class: 'unchecked', title: t('uncheckedNote') }, '*') : null) : null,
        str(h.hours) ? el('p', { class: 'help-hours muted' }, h.hours) : null,
        str(h.text) ? el('p', { class: 'help-text' }, h.text) : null);
    });
    if (lines.length) section.append(el('h3', null, t('whoCanHelp')), el('ul', { class: 'help-lines' }, ...lines));
    if (unchecked) section.append(el('p', { id: 'takeaway-note', class: 'footnote' }, t('uncheckedNote')));
    return section;
  }

  // After the seminar has ended the take-away stays on the phone (its numbers are what the participant keeps).
  function renderEndedTakeaway(ended) {
    const box = $('ended-takeaway');
    const show = ended && !!app.state && app.state.phase === 'takeaway';
    const key = show ? JSON.stringify([app.state.takeaway, app.state.result, app.lang]) : null;
    box.hidden = !show;
    if (key === app.endedKey) return;
    app.endedKey = key;
    box.textContent = '';
    if (!show) return;
    $('body').textContent = ''; // one #takeaway in the page
    app.renderKey = null;
    box.append(buildTakeawayPage());
  }

  // ---- Indicator chooser (bottom sheet) --------------------------------------------
  function openChooser(targetId, text) {
    if (!app.state || app.state.phase !== 'open') return;
    app.chooserTarget = targetId;
    $('chooser-target').textContent = text;
    $('chooser-filter').value = '';
    $('chooser-remove').hidden = !has(app.answers.flags, targetId);
    buildIndicatorList();
    showSheet(true);
    $('chooser-title').focus();
  }

  function closeChooser() {
    if ($('chooser').hidden) return;
    showSheet(false);
    const back = app.chooserTarget && document.querySelector('[data-key="' + CSS.escape('target-' + app.chooserTarget) + '"]');
    app.chooserTarget = null;
    if (back) back.focus();
  }

  // While the sheet is open, the page behind it is inert (no focus, hidden from screen readers).
  function showSheet(open) {
    $('chooser').hidden = !open;
    $('app').toggleAttribute('inert', open);
    if (open) $('app').setAttribute('aria-hidden', 'true'); else $('app').removeAttribute('aria-hidden');
  }

  function buildIndicatorList() {
    const list = $('chooser-list');
    const current = has(app.answers.flags, app.chooserTarget) ? str(app.answers.flags[app.chooserTarget]) : null;
    const filter = fold($('chooser-filter').value.trim());
    const option = (id, name, extra) => el('button', {
      type: 'button', class: 'indicator' + (extra || ''), 'aria-pressed': String(current === id),
      'data-testid': 'indicator-' + (id || 'none'), onclick: () => chooseIndicator(id)
    }, name);
    list.textContent = '';
    list.append(option('', t('somethingWrong'), ' wrong'));
    const groups = new Map();
    app.indicators.forEach((i) => {
      const g = groupName(str(i.group));
      if (filter && fold(str(i.name) + ' ' + g).indexOf(filter) < 0) return;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(i);
    });
    groups.forEach((items, group) => {
      if (group) list.append(el('h3', null, group));
      items.forEach((i) => list.append(option(i.id, str(i.name) || i.id, '')));
    });
    if (filter && !groups.size) list.append(el('p', { class: 'muted' }, t('noMatch')));
  }

  // A group id as a heading: its name in the page's language, never the raw id.
  function groupName(id) {
    const names = STRINGS[app.lang].groups || {};
    return names[id] || '';
  }

  function chooseIndicator(id) {
    const target = app.chooserTarget;
    closeChooser();
    sendAnswer({ type: 'flag', target: target, indicator: id });
  }

  function removeFlag() {
    const target = app.chooserTarget;
    closeChooser();
    sendAnswer({ type: 'unflag', target: target });
  }

  // ---- Start-up -------------------------------------------------------------------------
  function init() {
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang') || storage('get', LANG_KEY);
    if (lang && STRINGS[lang]) app.lang = lang;
    const pin = (params.get('pin') || '').replace(/\D/g, '').slice(0, 6);
    if (pin) $('pin').value = pin;

    $('join-form').addEventListener('submit', onJoinSubmit);
    $('join-lang').addEventListener('change', (ev) => setLanguage(ev.target.value));
    document.querySelectorAll('.lang button').forEach((b) => {
      b.addEventListener('click', () => setLanguage(b.getAttribute('data-lang')));
    });
    $('chooser-filter').addEventListener('input', buildIndicatorList);
    $('chooser-remove').addEventListener('click', removeFlag);
    $('chooser-cancel').addEventListener('click', closeChooser);
    $('chooser').addEventListener('click', (ev) => { if (ev.target === $('chooser')) closeChooser(); });
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') closeChooser(); });

    // Phones sleep: when the page comes back, reconnect at once (or check the line).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      if (isOpen()) checkLine();
      else connect();
    });
    window.addEventListener('online', () => { if (!app.ws) connect(); });

    render();
    connect();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
