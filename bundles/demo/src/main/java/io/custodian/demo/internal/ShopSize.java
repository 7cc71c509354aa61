package io.custodian.demo.internal;

/**
 * How many rows the demo shop gets. Orders have one to four items and exactly one payment each.
 *
 * @param customers people who order
 * @param employees people who handle orders
 * @param orders    orders, and as many payments
 */
record ShopSize(int customers, int employees, int orders) {

    /** Large enough to be worth scanning, small enough to be created in about a second. */
    static final ShopSize DEMO = new ShopSize(1_000, 50, 5_000);
}
