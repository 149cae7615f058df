package ru.vmeste.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A module's exception to "every upload needs an account": a request someone without one may
 * upload with, because a credential in its address stands in for the account (a letter's
 * reply link). Asked before the body is read, so it decides on the address alone; every other
 * multipart request from someone not signed in is refused unread.
 */
@FunctionalInterface
public interface UploadWithoutAccount {

	boolean allows(HttpServletRequest request);

}
