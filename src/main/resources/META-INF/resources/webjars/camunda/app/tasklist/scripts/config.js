/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// PUSPAGA: the shipped Tasklist configuration, plus the "Dokumen" tab (scripts/dokumen-plugin.js)
// that lists the generated SOP documents of the task's request with download links, and the
// "Arsip" link (scripts/arsip-plugin.js) to the archived requests and their Tanda Terima, the
// "Data pribadi" link (scripts/data-pribadi-plugin.js) to the data protection officer's page, and the
// task list sorted by due date unless a person picks another order (scripts/urut-tenggat.js), the
// "Panduan" link to the buku panduan (scripts/panduan-plugin.js);
// Bahasa Indonesia (locales/id.json, also the fallback) and PUSPAGA's name.
export default {
  customScripts: ['scripts/dokumen-plugin', 'scripts/arsip-plugin', 'scripts/data-pribadi-plugin', 'scripts/urut-tenggat',
    'scripts/panduan-plugin'],
  app: {
    name: 'Tasklist',
    vendor: 'PUSPAGA'
  },
  locales: {
    availableLocales: ['id', 'en', 'de'],
    fallbackLocale: 'id'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
