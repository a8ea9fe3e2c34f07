hello ${name}
%{ for x in items ~}
- ${x}
%{ endfor ~}
