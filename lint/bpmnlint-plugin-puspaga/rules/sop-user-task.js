'use strict';

/**
 * Every user task is an SOP step: it names its lane's group (camunda:candidateGroups), has a form
 * (camunda:formRef or camunda:formKey), an SOP step number (camunda:property sopStep) and a time
 * limit: a timer boundary event on the task itself or on a subprocess around it.
 */
module.exports = function() {

  function attr(node, name) {
    return node.get ? node.get('camunda:' + name) || (node.$attrs && node.$attrs['camunda:' + name]) : undefined;
  }

  function sopStep(node) {
    const extensions = node.extensionElements && node.extensionElements.values || [];
    // bpmnlint reads camunda:properties without the Camunda schema: as generic elements with $children.
    return extensions.some(extension => (extension.values || extension.$children || []).some(
      property => property.name === 'sopStep' && property.value));
  }

  function hasTimer(activity) {
    const container = activity.$parent;
    const siblings = container && container.flowElements || [];
    return siblings.some(element => element.$type === 'bpmn:BoundaryEvent' &&
      element.attachedToRef === activity &&
      (element.eventDefinitions || []).some(definition => definition.$type === 'bpmn:TimerEventDefinition'));
  }

  function limited(activity) {
    for (let current = activity; current && current.$type !== 'bpmn:Process'; current = current.$parent) {
      if (hasTimer(current)) {
        return true;
      }
    }
    return false;
  }

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
    if (!limited(node)) {
      reporter.report(node.id, 'SOP step without a time limit: attach a timer boundary event (to it or a subprocess around it)');
    }
  }

  return { check };
};
