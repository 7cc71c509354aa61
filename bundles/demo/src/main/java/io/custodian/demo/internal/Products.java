package io.custodian.demo.internal;

import java.math.BigDecimal;
import java.util.List;

/** What the demo shop sells: a fixed catalogue, the same in every demo database. */
final class Products {

    /** One product. */
    record Product(long id, String sku, String name, String category, BigDecimal unitPrice) {
    }

    static final List<Product> CATALOGUE = List.of(
            product(1, "Trail running shoes", "Shoes", "129.90"),
            product(2, "Leather city boots", "Shoes", "189.00"),
            product(3, "Canvas sneakers", "Shoes", "64.95"),
            product(4, "Merino wool jumper", "Clothing", "89.00"),
            product(5, "Rain jacket", "Clothing", "149.00"),
            product(6, "Organic cotton T-shirt", "Clothing", "24.90"),
            product(7, "Denim jeans", "Clothing", "79.90"),
            product(8, "Down vest", "Clothing", "119.00"),
            product(9, "Daypack 20 l", "Bags", "69.00"),
            product(10, "Travel duffel 60 l", "Bags", "139.00"),
            product(11, "Laptop sleeve 14 inch", "Bags", "34.90"),
            product(12, "Insulated bottle 0.75 l", "Outdoor", "29.90"),
            product(13, "Headlamp 400 lm", "Outdoor", "44.95"),
            product(14, "Two-person tent", "Outdoor", "299.00"),
            product(15, "Sleeping bag -5 °C", "Outdoor", "189.90"),
            product(16, "Trekking poles (pair)", "Outdoor", "79.00"),
            product(17, "Wireless earbuds", "Electronics", "99.00"),
            product(18, "Power bank 20000 mAh", "Electronics", "49.90"),
            product(19, "Fitness watch", "Electronics", "229.00"),
            product(20, "Bike light set", "Electronics", "39.90"),
            product(21, "Wool socks (3 pairs)", "Accessories", "27.00"),
            product(22, "Sunglasses", "Accessories", "59.00"),
            product(23, "Knitted beanie", "Accessories", "22.50"),
            product(24, "Gift card 50 EUR", "Gift cards", "50.00"));

    private Products() {
    }

    private static Product product(long id, String name, String category, String price) {
        String sku = category.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-" + (1000 + id);
        return new Product(id, sku, name, category, new BigDecimal(price));
    }
}
