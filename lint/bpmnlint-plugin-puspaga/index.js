module.exports = {
  configs: {
    recommended: {
      rules: {
        'sop-user-task': 'error',
        'sop-limit': 'error'
      }
    }
  }
};
