// Starts Swagger UI on the instance's OpenAPI document. The document requires authentication:
// the server answers 401 with WWW-Authenticate: Basic, so the browser asks for credentials.
// The URL is absolute and built from location.origin on purpose: a page opened as
// http://user:pass@host/... would otherwise resolve a relative URL with the credentials in it,
// which fetch() refuses; the origin never carries them, and the browser still sends the
// credentials it already holds for this host.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: window.location.origin + '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
