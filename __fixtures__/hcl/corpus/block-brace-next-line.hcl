build
{
}
