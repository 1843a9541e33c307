'use strict';

// The rule puspaga/sop-limit as `npm run lint` and Modeler's problems panel apply it: on copies of
// the model in processes/ with step 2's limit changed on the timer only, and on both.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const model = fs.readFileSync(path.join(__dirname, '..', 'processes', 'puspaga-layanan-informasi.bpmn'), 'utf8');
const timerOfStep2 = '<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${sopDeadline.workingDays(7)}</bpmn:timeDate>';
const dueOfStep2 = 'camunda:dueDate="${sopDeadline.workingDays(7)}" camunda:formRef="Form_MapNeeds"';

function lint(xml) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sop-limit-')), 'puspaga-layanan-informasi.bpmn');
  fs.writeFileSync(file, xml);
  const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'bpmnlint');
  return spawnSync(bin, ['--max-warnings=0', file], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
}

test('a step 2 timer of 5 working days against a due date of 7 is an error naming the task', () => {
  assert.ok(model.includes(timerOfStep2), 'the model has step 2\'s timer as this test expects');
  const result = lint(model.replace(timerOfStep2, timerOfStep2.replace('(7)', '(5)')));
  assert.notStrictEqual(result.status, 0, result.stdout);
  assert.match(result.stdout, /Task_MapNeeds\s+error\s+SOP step 2: due date \$\{sopDeadline\.workingDays\(7\)\} differs from timer BoundaryEvent_MapNeedsOverdue \(\$\{sopDeadline\.workingDays\(5\)\}\).*puspaga\/sop-limit/);
});

test('step 2 changed to 5 working days on both is clean', () => {
  assert.ok(model.includes(dueOfStep2), 'the model has step 2\'s due date as this test expects');
  const result = lint(model.replace(timerOfStep2, timerOfStep2.replace('(7)', '(5)'))
    .replace(dueOfStep2, dueOfStep2.replace('(7)', '(5)')));
  assert.strictEqual(result.status, 0, result.stdout);
});

test('an SOP step without a due date is an error', () => {
  const result = lint(model.replace(dueOfStep2, 'camunda:formRef="Form_MapNeeds"'));
  assert.notStrictEqual(result.status, 0, result.stdout);
  assert.match(result.stdout, /Task_MapNeeds\s+error\s+SOP step 2 without a due date/);
});
