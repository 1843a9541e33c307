'use strict';

const { attr, sopStep, timerAround } = require('../model');

/**
 * Every user task names its lane's group (camunda:candidateGroups), has a form (camunda:formRef or
 * camunda:formKey) and a time limit: a timer boundary event on the task itself or on a subprocess
 * around it. In a process that numbers its steps (the SOP: some task has camunda:property sopStep),
 * every user task has its SOP step number; the rights and incident processes have no SOP steps.
 */
module.exports = function() {

  function check(node, reporter) {
    if (node.$type !== 'bpmn:UserTask') {
      return;
    }
    if (!attr(node, 'candidateGroups')) {
      reporter.report(node.id, 'SOP step without a lane: set camunda:candidateGroups');
    }
    if (!attr(node, 'formRef') && !attr(node, 'formKey')) {
      reporter.report(node.id, 'SOP step without a form: set camunda:formRef (or camunda:formKey)');
    }
    if (!sopStep(node) && numbersItsSteps(processOf(node))) {
      reporter.report(node.id, 'SOP step without a number: add the extension property sopStep');
    }
    if (!timerAround(node)) {
      reporter.report(node.id, 'SOP step without a time limit: attach a timer boundary event (to it or a subprocess around it)');
    }
  }

  return { check };
};

function processOf(node) {
  let scope = node;
  while (scope && scope.$type !== 'bpmn:Process') {
    scope = scope.$parent;
  }
  return scope;
}

function numbersItsSteps(scope) {
  for (const element of scope && scope.flowElements || []) {
    if (element.$type === 'bpmn:UserTask' && sopStep(element)) {
      return true;
    }
    if (element.flowElements && numbersItsSteps(element)) {
      return true;
    }
  }
  return false;
}
