// The one way the viewer talks to the server: POST /graphql, with the teacher's token when given.
const TOKEN_KEY = 'pathgraph.token';

export function token() {
  return localStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) {
    localStorage.setItem(TOKEN_KEY, value);
  } else {
    localStorage.removeItem(TOKEN_KEY);
  }
}

/** A GraphQL failure: the response's errors, or the HTTP status when there was no GraphQL body. */
export class GraphQlError extends Error {
  constructor(message, errors, status) {
    super(message);
    this.errors = errors || [];
    this.status = status;
  }
}

export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token()) {
    headers.Authorization = `Bearer ${token()}`;
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new GraphQlError(`HTTP ${response.status}`, [], response.status);
  }
  if (response.status === 401) {
    throw new GraphQlError('The teacher token was refused (invalid or expired).', body.errors, 401);
  }
  if (body.errors && body.errors.length) {
    throw new GraphQlError(body.errors.map((e) => e.message).join('; '), body.errors, response.status);
  }
  return body.data;
}

/** True when the schema has a field on a type: lets the viewer use fields that newer servers add. */
const typeFields = new Map();
export async function hasField(typeName, field) {
  if (!typeFields.has(typeName)) {
    typeFields.set(
      typeName,
      gql('query($n: String!) { __type(name: $n) { fields { name } } }', { n: typeName })
        .then((d) => new Set((d.__type?.fields || []).map((f) => f.name)))
        .catch(() => new Set()),
    );
  }
  return (await typeFields.get(typeName)).has(field);
}
