// Swagger UI on the generated document; "Authorize" takes a personal API token (My profile).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: 'api/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    // no badge fetched from validator.swagger.io: the page's policy allows Totem's own images only
    validatorUrl: null
  });
});
