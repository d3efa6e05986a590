"""Casa: the homes at the project's disposal, how full they are today, and the stays in them."""
