// Starts Swagger UI on the instance's OpenAPI document. The document requires authentication:
// the server answers 401 with WWW-Authenticate: Basic, so the browser asks for credentials.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
