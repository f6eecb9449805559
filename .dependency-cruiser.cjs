/** Import rules from DESIGN.md: data flows one way, stages never import each other. */
const stage = (name, allowed) => ({
  name: `${name}-imports`,
  severity: 'error',
  comment: `src/${name} may import only ${allowed.join(', ')}`,
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

module.exports = {
  forbidden: [
    stage('api', []),
    stage('lib', []),
    stage('source', ['api', 'lib']),
    stage('artifact', ['api', 'lib']),
    stage('build', ['api', 'lib']),
    stage('cluster', ['api', 'lib']),
    stage('apiserver', ['api', 'lib']),
    stage('runtime', ['api', 'lib', 'cluster/client']),
    stage('notify', ['api', 'lib']),
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
