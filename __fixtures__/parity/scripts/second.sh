#!/bin/sh
echo second > /second
