/**
 * Demo mode ({@code -Degov.demo=true}): the units of Cà Mau, officials in every role and a few
 * citizens, loaded through the services at the first start so the portal can be tried at once.
 */
package vn.camau.egov.demo;
