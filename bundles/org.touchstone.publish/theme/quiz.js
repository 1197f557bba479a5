/* The quiz page: says whether the answer picked is right and counts the score. It reads the page's
   own markup only, and every text it shows is taken from the page and put in as text, never as HTML. */
(function () {
  var quiz = document.querySelector('.quiz');
  if (!quiz) {
    return;
  }
  var forms = quiz.querySelectorAll('form.quiz-question');
  var answered = {};

  function score() {
    var right = 0;
    Object.keys(answered).forEach(function (id) {
      if (answered[id]) {
        right++;
      }
    });
    quiz.querySelector('.quiz-score').textContent = quiz.getAttribute('data-score')
      .replace('{0}', String(right)).replace('{1}', String(forms.length));
  }

  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var picked = form.querySelector('input[name=answer]:checked');
      if (!picked) {
        return;
      }
      var answer = form.getAttribute('data-answer');
      var right = picked.value === answer;
      answered[form.id] = right;
      var feedback = form.querySelector('.quiz-feedback');
      var rightText = form.querySelectorAll('label')[Number(answer)].textContent.trim();
      feedback.textContent = right ? quiz.getAttribute('data-right') : quiz.getAttribute('data-wrong').replace('{0}', rightText);
      feedback.className = 'quiz-feedback ' + (right ? 'right' : 'wrong');
      score();
    });
  });
})();
