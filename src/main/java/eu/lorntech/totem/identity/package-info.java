/**
 * Identity and sites: accounts (e-mail sign-in, PBKDF2 password hashes, reset by e-mail, sign-in throttle), roles scoped to sites, sites of the network, organisations (startups, companies, schools), personal API tokens, the audit trail (Hibernate Envers), profiles with their language. Other modules learn who is signed in only through its boundary.
 */
package eu.lorntech.totem.identity;
