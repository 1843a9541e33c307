'use strict';

const { attr, sopStep, timerAround } = require('../model');

/**
 * An SOP step's limit is written twice, and both must say the same: the user task's due date
 * (camunda:dueDate, what Tasklist, the reminders and the Ketua's figures read) and the timer that
 * enforces it (on the task, or on the nearest subprocess around it). The server refuses such a
 * deployment too (SopLimitRules); this rule shows it in Modeler's problems panel before Deploy.
 */
module.exports = function() {

  function timerExpression(boundary) {
    const definition = boundary.eventDefinitions.find(d => d.$type === 'bpmn:TimerEventDefinition');
    return definition.timeDate && definition.timeDate.body;
  }

  function normalised(expression) {
    return (expression || '').replace(/\s+/g, '');
  }

  function check(node, reporter) {
    if (node.$type !== 'bpmn:UserTask') {
      return;
    }
    const step = sopStep(node);
    if (!step) {
      return;
    }
    const due = attr(node, 'dueDate');
    if (!due) {
      reporter.report(node.id, `SOP step ${step} without a due date: set camunda:dueDate to the same expression as its timer`);
      return;
    }
    const timer = timerAround(node);
    if (!timer) {
      return; // sop-user-task reports a step without a timer
    }
    const enforced = timerExpression(timer);
    if (normalised(enforced) !== normalised(due)) {
      reporter.report(node.id, `SOP step ${step}: due date ${due} differs from timer ${timer.id} (${enforced || 'no date'}); make them equal`);
    }
  }

  return { check };
};
