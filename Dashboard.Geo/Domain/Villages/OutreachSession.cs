namespace Dashboard.Geo.Domain.Villages;

/// <summary>One education or socialisation meeting held in an assisted village.</summary>
public sealed class OutreachSession
{
    public long Id { get; set; }

    public int VillageId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Topic { get; set; }

    public int Attendance { get; set; }
}
