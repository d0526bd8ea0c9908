// AWS Notes study panel. Runs under a strict CSP (this file only, by nonce).
// The host sends each card already rendered to safe HTML (markdown-it, raw HTML off,
// only http(s) links); this script only shows it and reports keys and clicks.
/* global acquireVsCodeApi, document, window */
(function () {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const card = $('card');
  const empty = $('empty');
  const question = $('question');
  const answer = $('answer');
  const answerBox = $('answer-box');
  const revealButton = $('reveal');
  const ratings = $('ratings');
  const progress = $('progress');
  const deck = $('deck');
  const kind = $('kind');
  const source = $('source');
  let current = undefined;
  let revealed = false;

  function show(message) {
    current = message.card.id;
    revealed = false;
    empty.hidden = true;
    card.hidden = false;
    deck.textContent = message.deck;
    kind.textContent = message.card.kindLabel;
    progress.textContent = message.progress;
    question.innerHTML = message.card.questionHtml;
    answer.innerHTML = message.card.answerHtml;
    source.href = message.card.sourceHref;
    source.textContent = message.card.sourceLabel;
    source.title = message.card.sourceTitle;
    for (const button of ratings.querySelectorAll('button')) {
      const label = message.card.intervals[button.dataset.rating];
      button.querySelector('.interval').textContent = label || '';
    }
    answerBox.hidden = true;
    ratings.hidden = true;
    revealButton.hidden = false;
    revealButton.focus();
    window.scrollTo(0, 0);
    vscode.postMessage({ type: 'shown', cardId: current });
  }

  function showEmpty(message) {
    current = undefined;
    card.hidden = true;
    empty.hidden = false;
    $('empty-title').textContent = message.title;
    $('empty-text').textContent = message.text;
    vscode.postMessage({ type: 'shown', cardId: null });
  }

  function reveal() {
    if (!current || revealed) return;
    revealed = true;
    answerBox.hidden = false;
    ratings.hidden = false;
    revealButton.hidden = true;
    const good = ratings.querySelector('button[data-rating="good"]');
    if (good) good.focus();
    vscode.postMessage({ type: 'revealed', cardId: current });
  }

  function rate(rating) {
    if (!current || !revealed) return;
    vscode.postMessage({ type: 'rate', cardId: current, rating });
    current = undefined;
  }

  revealButton.addEventListener('click', reveal);
  for (const button of ratings.querySelectorAll('button')) button.addEventListener('click', () => rate(button.dataset.rating));

  const keys = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === ' ' || event.code === 'Space') {
      event.preventDefault();
      reveal();
    } else if (keys[event.key]) {
      event.preventDefault();
      rate(keys[event.key]);
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'card') show(message);
    else if (message.type === 'empty') showEmpty(message);
    else if (message.type === 'reveal') reveal();
  });

  vscode.postMessage({ type: 'ready' });
})();
