namespace Dashboard.Geo.Domain.Cases;

/// <summary>Victim's sex as recorded (CTDC "gender").</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
    Unknown = 9,
}
