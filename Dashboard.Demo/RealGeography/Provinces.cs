namespace Dashboard.Demo.RealGeography;

/// <summary>All 38 provinces (after the 2022 Papua split) with the capital's position to about a kilometre.</summary>
public static class Provinces
{
    public static IReadOnlyList<ProvinceSeat> All { get; } =
    [
        new("11", "Aceh", 95.3238, 5.5483),
        new("12", "Sumatera Utara", 98.6722, 3.5952),
        new("13", "Sumatera Barat", 100.3543, -0.9471),
        new("14", "Riau", 101.4478, 0.5071),
        new("15", "Jambi", 103.6131, -1.6101),
        new("16", "Sumatera Selatan", 104.7458, -2.9761),
        new("17", "Bengkulu", 102.2655, -3.8004),
        new("18", "Lampung", 105.2610, -5.4292),
        new("19", "Kepulauan Bangka Belitung", 106.1134, -2.1291),
        new("21", "Kepulauan Riau", 104.4458, 0.9186),
        new("31", "DKI Jakarta", 106.8456, -6.2088),
        new("32", "Jawa Barat", 107.6191, -6.9175),
        new("33", "Jawa Tengah", 110.4203, -6.9667),
        new("34", "DI Yogyakarta", 110.3695, -7.7956),
        new("35", "Jawa Timur", 112.7521, -7.2575),
        new("36", "Banten", 106.1503, -6.1200),
        new("51", "Bali", 115.2167, -8.6500),
        new("52", "Nusa Tenggara Barat", 116.1165, -8.5833),
        new("53", "Nusa Tenggara Timur", 123.5970, -10.1772),
        new("61", "Kalimantan Barat", 109.3333, -0.0263),
        new("62", "Kalimantan Tengah", 113.9213, -2.2161),
        new("63", "Kalimantan Selatan", 114.8310, -3.4425),
        new("64", "Kalimantan Timur", 117.1536, -0.5022),
        new("65", "Kalimantan Utara", 117.3616, 2.8375),
        new("71", "Sulawesi Utara", 124.8421, 1.4748),
        new("72", "Sulawesi Tengah", 119.8707, -0.8917),
        new("73", "Sulawesi Selatan", 119.4327, -5.1477),
        new("74", "Sulawesi Tenggara", 122.5150, -3.9985),
        new("75", "Gorontalo", 123.0595, 0.5435),
        new("76", "Sulawesi Barat", 118.8880, -2.6748),
        new("81", "Maluku", 128.1814, -3.6954),
        new("82", "Maluku Utara", 127.5667, 0.7333),
        new("91", "Papua", 140.7181, -2.5337),
        new("92", "Papua Barat", 134.0640, -0.8615),
        new("93", "Papua Selatan", 140.4010, -8.4932),
        new("94", "Papua Tengah", 135.4960, -3.3600),
        new("95", "Papua Pegunungan", 138.9530, -4.0950),
        new("96", "Papua Barat Daya", 131.2550, -0.8762),
    ];
}
