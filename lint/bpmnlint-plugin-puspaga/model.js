'use strict';

// What PUSPAGA's rules read of a model, as bpmnlint parses it without the Camunda schema.

/** A camunda: attribute of an element, e.g. attr(task, 'dueDate'). */
function attr(node, name) {
  return node.get ? node.get('camunda:' + name) || (node.$attrs && node.$attrs['camunda:' + name]) : undefined;
}

/** The element's sopStep extension property, or undefined. */
function sopStep(node) {
  const extensions = node.extensionElements && node.extensionElements.values || [];
  for (const extension of extensions) {
    // camunda:properties arrive as generic elements with $children.
    for (const property of extension.values || extension.$children || []) {
      if (property.name === 'sopStep' && property.value) {
        return property.value;
      }
    }
  }
  return undefined;
}

function timerOn(activity) {
  const siblings = activity.$parent && activity.$parent.flowElements || [];
  return siblings.find(element => element.$type === 'bpmn:BoundaryEvent' && element.attachedToRef === activity &&
    (element.eventDefinitions || []).some(definition => definition.$type === 'bpmn:TimerEventDefinition'));
}

/** The timer that enforces an activity's limit: on the activity itself, else on the nearest subprocess around it. */
function timerAround(activity) {
  for (let scope = activity; scope && scope.$type !== 'bpmn:Process'; scope = scope.$parent) {
    const timer = timerOn(scope);
    if (timer) {
      return timer;
    }
  }
  return undefined;
}

module.exports = { attr, sopStep, timerAround };
