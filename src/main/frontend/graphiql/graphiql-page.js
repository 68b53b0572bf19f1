// GraphiQL with the repository's examples/*.graphql preloaded: as tabs on a first visit, and in an
// "Examples" panel that puts one into the current tab at any time.
(async function main() {
  const e = React.createElement;
  const examples = await fetch('/graphiql/examples.json')
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);

  function ExamplesPanel() {
    const { queryEditor, variableEditor } = GraphiQL.React.useEditorContext({ nonNull: true });
    return e('div', { className: 'examples-plugin' },
      e('p', null, 'Queries from examples/*.graphql. Click one to put it in the current tab.'),
      e('ul', null, examples.map((x) =>
        e('li', { key: x.name },
          e('button', {
            type: 'button',
            onClick: () => {
              queryEditor?.setValue(x.query);
              variableEditor?.setValue(x.variables || '');
            },
          }, x.name),
          x.description ? e('p', null, x.description) : null))));
  }

  const examplesPlugin = {
    title: 'Examples',
    icon: () => e('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, '{ }'),
    content: ExamplesPanel,
  };

  const fetcher = GraphiQL.createFetcher({ url: `${location.origin}/graphql` });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(e(GraphiQL, {
    fetcher,
    plugins: [examplesPlugin],
    visiblePlugin: examplesPlugin,
    defaultTabs: examples.map((x) => ({ query: x.query, variables: x.variables || undefined })),
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }));
})();
