'use strict';

// The rule puspaga/sop-user-task: an SOP task needs its step number; the rights and incident
// processes, which have no SOP steps, need a lane, a form and a time limit but no number.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const processes = path.join(__dirname, '..', 'processes');

function lint(name, xml) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sop-user-task-')), name);
  fs.writeFileSync(file, xml);
  const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'bpmnlint');
  return spawnSync(bin, ['--max-warnings=0', file], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
}

test('an SOP step without its number is an error', () => {
  const model = fs.readFileSync(path.join(processes, 'puspaga-layanan-informasi.bpmn'), 'utf8');
  const step2 = '<camunda:property name="sopStep" value="2"/>';
  assert.ok(model.includes(step2), 'the model numbers step 2 as this test expects');
  const result = lint('puspaga-layanan-informasi.bpmn', model.replace(step2, ''));
  assert.notStrictEqual(result.status, 0, result.stdout);
  assert.match(result.stdout, /Task_MapNeeds\s+error\s+SOP step without a number/);
});

test('the rights process has no SOP steps and is clean, but not without its time limit', () => {
  const model = fs.readFileSync(path.join(processes, 'puspaga-hak-subjek-data.bpmn'), 'utf8');
  assert.strictEqual(lint('puspaga-hak-subjek-data.bpmn', model).status, 0);
  const withoutTimer = model.replace(/<bpmn:boundaryEvent id="BoundaryEvent_DecideRightsRequestOverdue"[\s\S]*?<\/bpmn:boundaryEvent>/, '')
    .replace(/<bpmn:sequenceFlow id="SequenceFlow_DecideOverdueToRecord"[^>]*\/>/, '');
  const result = lint('puspaga-hak-subjek-data.bpmn', withoutTimer);
  assert.notStrictEqual(result.status, 0, result.stdout);
  assert.match(result.stdout, /Task_DecideRightsRequest\s+error\s+SOP step without a time limit/);
});
