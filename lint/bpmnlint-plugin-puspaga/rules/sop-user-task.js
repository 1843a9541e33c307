'use strict';

const { attr, sopStep, timerAround } = require('../model');

/**
 * Every user task is an SOP step: it names its lane's group (camunda:candidateGroups), has a form
 * (camunda:formRef or camunda:formKey), an SOP step number (camunda:property sopStep) and a time
 * limit: a timer boundary event on the task itself or on a subprocess around it.
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
    if (!sopStep(node)) {
      reporter.report(node.id, 'SOP step without a number: add the extension property sopStep');
    }
    if (!timerAround(node)) {
      reporter.report(node.id, 'SOP step without a time limit: attach a timer boundary event (to it or a subprocess around it)');
    }
  }

  return { check };
};
