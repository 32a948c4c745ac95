/**
 * What every module uses and that knows no module: configuration, database migration at deployment, the layout's locale, site and menu plumbing, paging, problem+json for the API, the mail outbox, business refusals.
 */
package eu.lorntech.totem.platform;
