// The ballot form: a participatory budget shows the money left and greys out projects that no
// longer fit (the server refuses an over-budget ballot anyway); "up to N" stops at N.
(function () {
  'use strict';
  var form = document.getElementById('ballot');
  if (!form) {
    return;
  }
  var rule = form.dataset.rule;
  var budget = Number(form.dataset.budget || 0);
  var max = Number(form.dataset.max || 0);
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="optionIds"]'));
  var submit = document.getElementById('cast');
  var left = document.getElementById('budget-left');
  var bar = document.getElementById('budget-bar');
  var number = new Intl.NumberFormat(document.documentElement.lang || 'ru');
  var money = form.dataset.money || '{0}';

  function chosen() {
    return boxes.filter(function (box) { return box.checked; });
  }

  function update() {
    var picked = chosen();
    if (rule === 'WITHIN_BUDGET') {
      var spent = picked.reduce(function (sum, box) { return sum + Number(box.dataset.cost); }, 0);
      var remaining = budget - spent;
      left.textContent = money.replace('{0}', number.format(remaining));
      bar.style.width = Math.min(100, 100 * spent / budget) + '%';
      boxes.forEach(function (box) {
        var tooDear = !box.checked && Number(box.dataset.cost) > remaining;
        box.disabled = tooDear;
        box.closest('.ballot-option').classList.toggle('unaffordable', tooDear);
      });
      submit.disabled = picked.length === 0 || spent > budget;
    } else if (rule === 'UP_TO') {
      boxes.forEach(function (box) { box.disabled = !box.checked && picked.length >= max; });
      submit.disabled = picked.length === 0;
    } else {
      submit.disabled = picked.length === 0;
    }
  }

  boxes.forEach(function (box) { box.addEventListener('change', update); });
  form.addEventListener('submit', function () { submit.disabled = true; });
  update();
})();
