namespace Dashboard.Demo;

/// <summary>Word lists for plausible, clearly invented Indonesian names of villages, places and officers.</summary>
internal static class DemoNames
{
    private static readonly string[] VillageStarts = ["Suka", "Mekar", "Karya", "Sumber", "Sido", "Mulya", "Harapan", "Tunas", "Cinta", "Margo", "Banjar", "Bina", "Tirta", "Jati", "Wana"];
    private static readonly string[] VillageEnds = ["maju", "jaya", "makmur", "mulya", "sari", "rejo", "asih", "mukti", "wangi", "harja", "agung", "luhur", "karya", "mekar", "raharja"];
    private static readonly string[] PlaceStarts = ["Batu", "Bukit", "Sungai", "Tanjung", "Teluk", "Kampung", "Pasir", "Air", "Lubuk", "Padang", "Labuhan", "Pulau"];
    private static readonly string[] PlaceEnds = ["Merah", "Putih", "Hitam", "Besar", "Kecil", "Panjang", "Baru", "Lama", "Indah", "Jaya", "Mas", "Tinggi", "Sempit", "Bening"];
    private static readonly string[] FirstNames = ["Agus", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rahmat", "Siti", "Teguh", "Wulan", "Yohanes", "Yuliana", "Zainal"];
    private static readonly string[] LastNames = ["Saputra", "Wijaya", "Hidayat", "Pratama", "Lestari", "Siregar", "Nainggolan", "Manurung", "Tanjung", "Sinaga", "Rahayu", "Kurniawan", "Setiawan", "Nugroho", "Fernandez", "Bria", "Tefa", "Ndun"];

    public static readonly string[] OutreachTopics =
    [
        "Bahaya TPPO dan modus perekrutan",
        "Prosedur resmi bekerja ke luar negeri (PMI)",
        "Paspor, visa dan izin tinggal",
        "Waspada lowongan kerja daring palsu",
        "Peran Pimpasa dan pelaporan masyarakat",
        "Perlindungan anak dan perempuan dari eksploitasi",
        "Kedok umrah, beasiswa dan magang",
    ];

    public static string Village(Random random) => "Desa " + random.Pick(VillageStarts) + random.Pick(VillageEnds);

    public static string Place(Random random) => random.Pick(PlaceStarts) + " " + random.Pick(PlaceEnds);

    public static string Officer(Random random) => random.Pick(FirstNames) + " " + random.Pick(LastNames);
}
